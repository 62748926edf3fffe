package org.interdict.application.trade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trade record as a caller sees it. A partner sees the names as the declaration wrote them, a
 * resolved party's id only when that party is visible to it too, and only its own agency among the
 * recipients. A row of a monthly aggregated export has no declaration or line number, its date is the
 * month's first day ({@code datePrecision} MONTH) and its value, quantity and weight are totals; a
 * declaration's line may lack its number (vendors write 0). A value in another currency is also given in USD
 * with the rate it was converted at (units per USD), the rate's month and its source; all four are null where
 * no rate was known for the currency and month ("no rate").
 */
public record TradeRecordView(UUID id, String owningAgency, String declarationNumber, Integer lineNumber, LocalDate declarationDate,
        org.interdict.domain.model.trade.DatePrecision datePrecision, boolean aggregated,
        String hsCode, String goodsDescription, String exporterName, UUID exporterParty, String consigneeName, UUID consigneeParty,
        String originCountry, String dispatchCountry, String destinationCountry, BigDecimal value, String currency,
        BigDecimal valueUsd, BigDecimal usdRate, java.time.YearMonth usdRateMonth, String usdRateSource, BigDecimal netWeightKg, String chpTier, boolean flagged, UUID importBatch, Instant createdAt,
        String releasability, List<String> sharedWith) {
}
