package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.search.RecordType;
import org.interdict.application.search.SearchOutbox;

import java.util.List;
import java.util.UUID;

/**
 * Stores one chunk of an import in its own transaction: the new records, their outbox entries, the
 * refused lines and the batch's counts, so that a crash loses at most the chunk in hand.
 */
@ApplicationScoped
public class TradeRecordWriter {

    private TradeImports imports;
    private SearchOutbox outbox;

    /** For the CDI container's client proxy. */
    protected TradeRecordWriter() {
    }

    @Inject
    public TradeRecordWriter(TradeImports imports, SearchOutbox outbox) {
        this.imports = imports;
        this.outbox = outbox;
    }

    /** Returns how many of the records were new (the rest the agency held already). */
    @Transactional
    public int write(ImportCounts counts, List<TradeImports.TradeRecordRow> records, List<CustomsCsv.Rejection> rejections) {
        List<UUID> stored = imports.store(records);
        outbox.enqueueAll(RecordType.TRADE_RECORD, stored.stream().map(UUID::toString).toList());
        imports.reject(counts.batch(), rejections);
        counts.add(records.size(), stored.size(), rejections.size());
        imports.progress(counts.batch(), counts.linesRead(), counts.stored(), counts.rejected(), counts.duplicates());
        return stored.size();
    }

    /** The running counts of one import. */
    public static final class ImportCounts {

        private final UUID batch;
        private long linesRead;
        private long stored;
        private long rejected;
        private long duplicates;

        public ImportCounts(UUID batch) {
            this.batch = batch;
        }

        void add(int records, int newRecords, int refused) {
            linesRead += records + refused;
            stored += newRecords;
            duplicates += records - newRecords;
            rejected += refused;
        }

        public UUID batch() {
            return batch;
        }

        public long linesRead() {
            return linesRead;
        }

        public long stored() {
            return stored;
        }

        public long rejected() {
            return rejected;
        }

        public long duplicates() {
            return duplicates;
        }
    }
}
