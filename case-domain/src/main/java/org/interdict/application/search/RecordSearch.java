package org.interdict.application.search;

import org.interdict.application.projection.RecordType;
import org.interdict.application.security.Visibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Port: one-box search over the projection of every searchable record, filtered by the caller's
 * visibility in the engine, so that hits, totals, facets and exports all see the same records.
 */
public interface RecordSearch {

    /** One page of hits; the first page also carries the facets. */
    Page search(Request request, Visibility visibility);

    /** Every hit of the query in the requested order, page after page on one point in time; returns the count. */
    long export(Request request, Visibility visibility, Consumer<Hit> sink);

    /** Of these record ids (as the index names them), the ones a reader with this visibility may see now. */
    java.util.Set<String> visible(java.util.Collection<String> ids, Visibility visibility);

    /**
     * Which of the records (just written to the index) each saved search matches, within the
     * visibility it was saved under. Searches that match none are left out.
     */
    Map<java.util.UUID, List<SavedSearches.RecordRef>> matches(List<SavedSearches.SavedSearch> searches,
            List<SavedSearches.RecordRef> records);

    /** How the hits are ordered. */
    enum Sort {
        /** Best match first. */
        RELEVANCE,
        /** Most recently changed (or published) first. */
        NEWEST,
        OLDEST,
        /** By name or title, A to Z. */
        NAME
    }

    /**
     * @param cursor where the previous page ended (null for the first page): opaque, issued by the engine
     */
    record Request(UserQuery query, LocalDate from, LocalDate to, Sort sort, int size, String cursor) {
    }

    /**
     * @param total  the exact number of hits
     * @param cursor where the next page starts, or null after the last page
     * @param facets null on pages after the first
     */
    record Page(long total, List<Hit> hits, Facets facets, String cursor) {
    }

    /**
     * One record found.
     *
     * @param reasons    why it matched, in words (which part of the query met which field)
     * @param highlights per field, the snippets with the matched text between {@code <em>} and {@code </em>}
     */
    record Hit(RecordType type, String id, String title, String country, String status, String agency, String date,
            double score, List<String> reasons, Map<String, List<String>> highlights) {
    }

    /** Counts per value, over every hit (not only the page). */
    record Facets(List<Bucket> types, List<Bucket> countries, List<Bucket> caseStatuses, List<Bucket> agencies,
            List<Bucket> months, List<Bucket> hsChapters, List<Bucket> chpTiers) {
    }

    record Bucket(String value, long count) {
    }
}
