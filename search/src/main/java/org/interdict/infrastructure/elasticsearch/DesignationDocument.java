package org.interdict.infrastructure.elasticsearch;

import org.interdict.application.search.Indexed;

import java.util.LinkedHashMap;
import java.util.Map;

/** A published designation's document: its fields' names and how a {@link Indexed.DesignationRecord} fills them. */
final class DesignationDocument {

    /** The name the party was listed under when the designation was published. */
    static final String LISTED_NAME = "listedName";
    static final String PARTY_KIND = "partyKind";
    static final String MEASURE = "measure";
    static final String LEGAL_BASIS = "legalBasis";
    static final String EFFECTIVE_DATE = "effectiveDate";
    static final String PUBLISHED_AT = "publishedAt";

    private DesignationDocument() {
    }

    static Map<String, Object> source(Indexed.DesignationRecord designation) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(SearchIndices.TITLE, designation.title());
        source.put(SearchIndices.PRIMARY_NAME, designation.title());
        source.put(LISTED_NAME, designation.listedName());
        source.put(SearchIndices.NAMES, designation.names());
        source.put(SearchIndices.IDENTIFIERS, designation.identifiers());
        source.put(PARTY_KIND, designation.partyKind());
        source.put(SearchIndices.COUNTRY, designation.country());
        source.put(MEASURE, designation.measure());
        source.put(LEGAL_BASIS, designation.legalBasis());
        source.put(EFFECTIVE_DATE, designation.effectiveDate().toString());
        source.put(PUBLISHED_AT, designation.publishedAt().toString());
        source.put(SearchIndices.RECORD_DATE, designation.publishedAt().toString());
        return source;
    }
}
