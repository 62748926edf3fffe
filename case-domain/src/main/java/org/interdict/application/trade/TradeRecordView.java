package org.interdict.application.trade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trade record as a caller sees it. A partner sees the names as the declaration wrote them, a
 * resolved party's id only when that party is visible to it too, and only its own agency among the
 * recipients.
 */
public record TradeRecordView(UUID id, String owningAgency, String declarationNumber, int lineNumber, LocalDate declarationDate,
        String hsCode, String goodsDescription, String exporterName, UUID exporterParty, String consigneeName, UUID consigneeParty,
        String originCountry, String dispatchCountry, String destinationCountry, BigDecimal value, String currency,
        BigDecimal valueUsd, BigDecimal netWeightKg, String chpTier, boolean flagged, UUID importBatch, Instant createdAt,
        String releasability, List<String> sharedWith) {
}
