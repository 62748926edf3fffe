package org.interdict.infrastructure.elasticsearch;

import org.interdict.application.search.Indexed;

import java.util.LinkedHashMap;
import java.util.Map;

/** A party's document in the index: its fields' names and how a {@link Indexed.PartyRecord} fills them. */
final class PartyDocument {

    static final String KIND = "kind";
    static final String ALIASES = "aliases";
    static final String ALIAS_NAME = "name";
    static final String ALIAS_SCRIPT = "script";
    static final String TRADE_ROLES = "tradeRoles";
    static final String DESIGNATION_STATUS = "designationStatus";

    private PartyDocument() {
    }

    static Map<String, Object> source(Indexed.PartyRecord party) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(KIND, party.kind());
        source.put(SearchIndices.TITLE, party.primaryName());
        source.put(SearchIndices.PRIMARY_NAME, party.primaryName());
        source.put(SearchIndices.NAMES, party.names());
        source.put(ALIASES, party.aliases().stream().map(a -> Map.of(ALIAS_NAME, a.name(), ALIAS_SCRIPT, a.script())).toList());
        source.put(SearchIndices.IDENTIFIERS, party.identifiers());
        source.put(SearchIndices.COUNTRY, party.country());
        source.put(TRADE_ROLES, party.tradeRoles());
        source.put(DESIGNATION_STATUS, party.designationStatus());
        source.put(SearchIndices.RECORD_VERSION, party.recordVersion());
        source.put(SearchIndices.UPDATED_AT, party.updatedAt().toString());
        source.put(SearchIndices.RECORD_DATE, party.updatedAt().toString());
        return source;
    }
}
