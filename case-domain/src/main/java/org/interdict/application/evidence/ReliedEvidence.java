package org.interdict.application.evidence;

import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.evidence.Evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece of evidence as a proposal shows it to whoever decides: enough to weigh it beside the reason
 * that cites it, and its id to open it. A file ({@code FILE}) shows its name, media type, SHA-256, size
 * and when it was attached; a trade record ({@code TRADE_RECORD}) its declaration, date, HS code, CHP
 * tier, value and the exporter and consignee as the declaration wrote them, and when it was linked
 * ({@code addedAt} null once it is no longer linked); a reference from before evidence existed
 * ({@code AS_WRITTEN}) its text as written. Fields that do not apply to the kind are null. {@code available} is false for an item the caller may no longer see or that is gone: then
 * only its kind and id are shown.
 */
public record ReliedEvidence(String kind, UUID id, String writtenAs, boolean available, String name, String mediaType,
        String sha256, Long size, Instant addedAt, String declarationNumber, Integer lineNumber, LocalDate declarationDate,
        String hsCode, String chpTier, Boolean flagged, BigDecimal value, String currency, BigDecimal valueUsd,
        String exporterName, String consigneeName, org.interdict.domain.model.trade.DatePrecision datePrecision) {

    static ReliedEvidence file(Evidence e) {
        return new ReliedEvidence(EvidenceItem.FILE, e.id(), null, true, e.details().name(), e.mediaType(), e.sha256(), e.size(),
                e.addedAt(), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static ReliedEvidence tradeRecord(TradeImports.StoredRecord r, Instant linkedAt) {
        return new ReliedEvidence(EvidenceItem.TRADE_RECORD, r.id(), null, true, null, null, null, null, linkedAt,
                r.declaration(), r.item(), r.date(), r.hsCode(), r.chpTier(), r.flagged(), r.value(), r.currency(), r.valueUsd(),
                r.exporter(), r.consignee(), r.datePrecision());
    }

    static ReliedEvidence asWritten(String text) {
        return new ReliedEvidence(EvidenceRef.Kind.AS_WRITTEN.name(), null, text, true, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    static ReliedEvidence unavailable(EvidenceRef ref) {
        return new ReliedEvidence(ref.kind().name(), ref.itemId(), null, false, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** How a report or a list names the item in one line: the file's name, the declaration and line, or the text as written. */
    public String label() {
        if (!available) {
            return kind.toLowerCase().replace('_', ' ') + " " + id + " (not available)";
        }
        return switch (kind) {
            case EvidenceItem.FILE -> name;
            case EvidenceItem.TRADE_RECORD -> declarationNumber == null ? "Monthly total of " + declarationDate.getYear() + "-"
                    + String.format("%02d", declarationDate.getMonthValue())
                    : "Declaration " + declarationNumber + (lineNumber == null ? "" : " line " + lineNumber) + " of " + declarationDate;
            default -> writtenAs;
        };
    }
}
