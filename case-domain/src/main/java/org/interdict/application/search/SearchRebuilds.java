package org.interdict.application.search;

import org.interdict.application.projection.RecordType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: rebuilds of the search projection as the database keeps them, so that every node sees the
 * one that runs (and writes into its indices too) and anyone may read its progress. A rebuild whose
 * node stopped sending heartbeats for {@link #STALE_AFTER_SECONDS} seconds counts as abandoned.
 */
public interface SearchRebuilds {

    long STALE_AFTER_SECONDS = 120;

    /**
     * Records a rebuild as running.
     *
     * @throws org.interdict.application.ConflictException when another one runs
     */
    Rebuild begin(String requestedBy, Map<RecordType, String> targets, long total);

    /** The rebuild that runs now, if any (abandoned ones are not). */
    Optional<Rebuild> running();

    /** Marks rebuilds whose node stopped as failed; returns how many. */
    int abandonStale();

    void progress(long id, long done);

    void finish(long id);

    void fail(long id, String error);

    Optional<Rebuild> find(long id);

    List<Rebuild> recent(int max);

    /** Searchable records in the database now. */
    long countRecords();

    /** Ids of one type's records after {@code after} (null: from the start), in id order. */
    List<String> recordIds(RecordType type, String after, int max);

    /** One rebuild and how far it got. */
    record Rebuild(long id, RebuildStatus status, String requestedBy, Map<RecordType, String> targets, long total, long done,
            Instant startedAt, Instant heartbeatAt, Instant finishedAt, String error) {
    }
}
