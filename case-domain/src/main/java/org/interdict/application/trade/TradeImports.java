package org.interdict.application.trade;

import org.interdict.domain.model.trade.ImportBatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Port: import batches, their refused lines, and the trade records they store. */
public interface TradeImports {

    void begin(ImportBatch batch);

    /** Counts so far and how far into the file the reader has come; also the batch's heartbeat. */
    void progress(UUID id, long linesRead, long stored, long rejected, long duplicates, long bytesRead);

    /**
     * Stores how a batch ended ({@link ImportBatch#finish} or {@link ImportBatch#fail}); false when the
     * stored batch had ended already (abandoned meanwhile, its heartbeat being stale), which then stands.
     */
    boolean conclude(ImportBatch ended);

    Optional<ImportBatch> find(UUID id);

    List<ImportBatch> recent(String agency, int max);

    /** The agency's latest import of a file with this SHA-256, if any. */
    Optional<ImportBatch> latestOf(String agency, String sha256);

    /**
     * Abandons, as {@link ImportBatch#abandon} says, every running batch whose node sent no heartbeat
     * for {@link ImportBatch#STALE_AFTER}; returns how many.
     */
    int abandonStale();

    void reject(UUID batch, List<CustomsFile.Rejection> rejections);

    void rejections(UUID batch, Consumer<CustomsFile.Rejection> each);

    /**
     * Stores the records whose declaration line the agency does not hold yet; returns the ids of
     * those stored (the others are duplicates).
     */
    List<UUID> store(List<TradeRecordRow> records);

    /**
     * Why the database refused to store something, in words for a person, when the reason lies in the
     * data (a value it cannot hold, a rule of the schema it breaks); empty when the reason lies
     * elsewhere (the connection, the server), where storing the same data again one line at a time
     * would not help.
     */
    Optional<String> refusal(RuntimeException failure);

    /** Trade records by id, as stored (those that no longer exist are left out). */
    List<StoredRecord> records(java.util.Collection<UUID> ids);

    /** A stored trade record. */
    record StoredRecord(UUID id, String agency, String declaration, Integer item, java.time.LocalDate date,
            org.interdict.domain.model.trade.DatePrecision datePrecision, boolean aggregated, String hsCode,
            String description, String exporter, String consignee, String origin, String dispatch, String destination,
            java.math.BigDecimal value, String currency, java.math.BigDecimal valueUsd, java.math.BigDecimal netWeightKg,
            String chpTier, boolean flagged, UUID batch, Instant createdAt, UUID exporterParty, UUID consigneeParty,
            java.math.BigDecimal usdRate, java.time.YearMonth usdRateMonth, String usdRateSource) {
    }

    /** A declaration line ready to store, with its risk assessment. */
    record TradeRecordRow(UUID id, String agency, CustomsFile.Line line, String chpTier, boolean flagged,
            RateTable.Conversion usd, UUID batch, UUID exporterParty, UUID consigneeParty) {

        /** The value in USD, null when there is no value or no rate for its currency and month. */
        public java.math.BigDecimal valueUsd() {
            return usd == null ? null : usd.usd();
        }


        /** The row with the parties its names resolved to, where it had none yet. */
        public TradeRecordRow resolved(java.util.function.Function<String, UUID> partyOf) {
            UUID exporter = exporterParty != null ? exporterParty : partyOf.apply(line.exporter());
            UUID consignee = consigneeParty != null ? consigneeParty : partyOf.apply(line.consignee());
            return new TradeRecordRow(id, agency, line, chpTier, flagged, usd, batch, exporter, consignee);
        }
    }
}
