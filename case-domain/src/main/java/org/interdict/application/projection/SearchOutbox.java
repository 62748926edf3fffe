package org.interdict.application.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Port: the transactional outbox of the search projection. Application services enqueue in their
 * business transaction; the indexer claims due entries (skipping those another node holds), and
 * marks each one done, due again later, or parked with its error for an operator.
 */
public interface SearchOutbox {

    /** Records that the record changed; call in the transaction that changed it. */
    void enqueue(RecordType type, String recordId);

    /**
     * Records that the record changed in a way the documents embedding it show (its names, its
     * releasability, its existence): it and every record that embeds it by an {@link Embedding} are
     * re-indexed. Call before a deletion, while the links still exist.
     */
    void enqueueWithEmbedders(RecordType type, String recordId);

    /** {@link #enqueue} for many records of one type, in one statement. */
    void enqueueAll(RecordType type, java.util.Collection<String> recordIds);

    /**
     * Up to {@code max} due entries, locked until the transaction ends: parties, cases and designations
     * first, oldest first, then evidence items (at most {@code maxEvidence}: each document carries the text of a
     * file, up to a million characters), then trade records, so that a large import never delays what analysts edit.
     */
    List<Entry> claim(int max, int maxEvidence);

    void done(List<Long> ids);

    /** The entry is due again after the delay; {@code counts} says whether this attempt counts towards parking. */
    void retryLater(long id, String error, Duration delay, boolean counts);

    void park(long id, String error);

    /** Entries waiting (not parked), and the age of the oldest. */
    Backlog backlog();

    /** Parked entries, for an operator to look at and retry. */
    List<Entry> parked(int max);

    /** Makes parked entries due again. */
    int retryParked();

    /** One change waiting to reach the index. */
    record Entry(long id, RecordType type, String recordId, int attempts, String lastError) {
    }

    /** How far the index is behind the database. */
    record Backlog(long pending, long parked, Instant oldestPending) {
    }
}
