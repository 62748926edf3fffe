package org.interdict.application.evidence;

import org.interdict.application.trade.TradeImports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A trade record as evidence of a case: the declaration line, its risk assessment (CHP tier, flagged)
 * and value, the names as the declaration wrote them, and who linked it when. The id is the trade
 * record's ({@code GET /api/trade/records/{id}} shows the rest). A row of a monthly aggregated export
 * has no declaration, its date is its month's first day and its value a total.
 */
public record TradeEvidenceView(String kind, UUID id, String caseReference, String declarationNumber, Integer lineNumber,
        LocalDate declarationDate, org.interdict.domain.model.trade.DatePrecision datePrecision, boolean aggregated,
        String hsCode, String chpTier, boolean flagged, BigDecimal value, String currency,
        BigDecimal valueUsd, BigDecimal usdRate, java.time.YearMonth usdRateMonth, String usdRateSource, String exporterName, String consigneeName, String originCountry, String destinationCountry,
        Instant addedAt, String addedBy) implements EvidenceItem {

    static TradeEvidenceView of(TradeImports.StoredRecord r, String caseReference, TradeEvidence.Link link) {
        return new TradeEvidenceView(TRADE_RECORD, r.id(), caseReference, r.declaration(), r.item(), r.date(), r.datePrecision(),
                r.aggregated(), r.hsCode(),
                r.chpTier(), r.flagged(), r.value(), r.currency(), r.valueUsd(), r.usdRate(), r.usdRateMonth(), r.usdRateSource(), r.exporter(), r.consignee(), r.origin(),
                r.destination(), link.linkedAt(), link.linkedBy());
    }
}
