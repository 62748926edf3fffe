package org.interdict.application.search;

import java.util.List;
import java.util.Map;

/**
 * Port: the search engine, a projection of the database. Writes are versioned by the caller, so a
 * replayed or late write never regresses a document.
 */
public interface SearchIndex {

    /** Creates the versioned indices and their aliases where missing. */
    void prepare();

    /**
     * Writes and deletes in one bulk request. Returns, per outbox version, the error of the items that
     * failed for a reason of their own (a version conflict is success: a newer write is there).
     *
     * @throws SearchUnavailableException when the engine cannot be reached at all
     */
    Map<Long, String> write(List<SearchDocument> documents, List<Deletion> deletions);

    /** A record that no longer exists. */
    record Deletion(RecordType type, String id, long version) {
    }
}
