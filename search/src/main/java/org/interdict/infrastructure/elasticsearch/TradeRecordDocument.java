package org.interdict.infrastructure.elasticsearch;

import org.interdict.application.search.Indexed;
import org.interdict.application.security.InternalField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A customs declaration line's document: its fields' names and how a {@link Indexed.TradeRecord} fills them. */
final class TradeRecordDocument {

    static final String DECLARATION_NUMBER = "declarationNumber";
    static final String LINE_NUMBER = "lineNumber";
    static final String HS_CODE = "hsCode";
    static final String HS_CHAPTER = "hsChapter";
    static final String CHP_TIER = "chpTier";
    static final String FLAGGED = "flagged";
    static final String GOODS_DESCRIPTION = "goodsDescription";
    /** The exporter and consignee as the declaration writes them. */
    static final String EXPORTER = "exporter";
    static final String CONSIGNEE = "consignee";
    /** The parties they resolve to (ids), for the risk view and the trade network. */
    static final String EXPORTER_PARTY = "exporterParty";
    static final String CONSIGNEE_PARTY = "consigneeParty";
    /** The current names of the parties they resolve to: searched by the owning agency only. */
    static final String RESOLVED_NAMES = "resolvedNames";
    static final String ORIGIN_COUNTRY = "originCountry";
    static final String DISPATCH_COUNTRY = "dispatchCountry";
    static final String VALUE = "value";
    static final String CURRENCY = "currency";
    static final String VALUE_USD = "valueUsd";
    static final String NET_WEIGHT_KG = "netWeightKg";
    static final String IMPORT_BATCH = "importBatch";

    private TradeRecordDocument() {
    }

    /** The document's field that holds an {@link InternalField}, if it holds it at all. */
    static Optional<String> field(InternalField internal) {
        return Optional.ofNullable(switch (internal) {
            case RESOLVED_PARTIES -> RESOLVED_NAMES;
            case NOTES, TASKS, PROPOSALS, ASSIGNEE, PRIORITY, TAGS, CREATOR, AUDIT, RECIPIENTS -> null;
        });
    }

    static Map<String, Object> source(Indexed.TradeRecord r) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(SearchIndices.TITLE, r.title());
        source.put(DECLARATION_NUMBER, r.declarationNumber());
        source.put(LINE_NUMBER, r.lineNumber());
        source.put(HS_CODE, r.hsCode());
        source.put(HS_CHAPTER, r.hsCode().substring(0, 2));
        source.put(CHP_TIER, r.chpTier());
        source.put(FLAGGED, r.flagged());
        source.put(GOODS_DESCRIPTION, r.goodsDescription());
        source.put(EXPORTER, r.exporter());
        source.put(CONSIGNEE, r.consignee());
        source.put(EXPORTER_PARTY, r.exporterParty());
        source.put(CONSIGNEE_PARTY, r.consigneeParty());
        source.put(SearchIndices.NAMES, r.names());
        source.put(RESOLVED_NAMES, r.resolvedNames());
        source.put(SearchIndices.COUNTRY, r.destinationCountry());
        source.put(ORIGIN_COUNTRY, r.originCountry());
        source.put(DISPATCH_COUNTRY, r.dispatchCountry());
        source.put(VALUE, r.value());
        source.put(CURRENCY, r.currency());
        source.put(VALUE_USD, r.valueUsd());
        source.put(NET_WEIGHT_KG, r.netWeightKg());
        source.put(IMPORT_BATCH, r.importBatch());
        source.put(SearchIndices.RECORD_DATE, r.date().toString());
        return source;
    }
}
