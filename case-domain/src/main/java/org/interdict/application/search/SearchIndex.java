package org.interdict.application.search;

import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchUnavailableException;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: the search engine, a projection of the database. Writes are versioned by the caller, so a
 * replayed or late write never regresses a document. Each record type has its index behind an
 * alias; a rebuild fills a new generation of indices and then moves the aliases to it at once.
 */
public interface SearchIndex {

    /**
     * Creates the indices and their aliases where missing.
     *
     * @return false when an alias points at an index of an older mapping, which a rebuild replaces
     */
    boolean prepare();

    /**
     * Writes and deletes in one bulk request, through the aliases and also into the indices of a
     * running rebuild. Returns, per outbox version, the error of the items that failed for a reason
     * of their own (a version conflict is success: a newer write is there).
     *
     * @param alsoInto per record type, the index of a running rebuild (empty when none runs)
     * @throws SearchUnavailableException when the engine cannot be reached at all
     */
    Map<Long, String> write(List<SearchDocument> documents, List<Deletion> deletions, Map<RecordType, String> alsoInto);

    /** Creates a new, empty generation of indices for a rebuild; returns its index per record type. */
    Map<RecordType, String> createGeneration(long generation);

    /**
     * Fills a rebuild's indices with documents read from the database. A document is written only
     * where the outbox has not already written one (which is as new or newer).
     */
    void fill(Map<RecordType, String> targets, List<SearchDocument> documents);

    /** Moves every alias to the rebuild's indices in one step; returns the indices the aliases left. */
    List<String> swap(Map<RecordType, String> targets);

    /** Deletes indices (a failed rebuild's, or those an alias left). */
    void drop(Collection<String> indices);

    /** Documents per record type, as searches see them (through the aliases). */
    Map<RecordType, Long> counts();

    /** A record that no longer exists. */
    record Deletion(RecordType type, String id, long version) {
    }
}
