package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * After each indexing batch, finds the saved searches that the batch's records newly match (each
 * within its owner's visibility) and notifies the owners, naming the records. A record raises an
 * alert for a search once: the first time it matches after the search was saved.
 */
@ApplicationScoped
public class SavedSearchAlerts {

    private SavedSearches saved;
    private RecordSearch search;

    /** For the CDI container's client proxy. */
    protected SavedSearchAlerts() {
    }

    @Inject
    public SavedSearchAlerts(SavedSearches saved, RecordSearch search) {
        this.saved = saved;
        this.search = search;
    }

    /**
     * Checks the records just written to the index; runs in the indexing batch's transaction. Returns
     * how many records it checked (none when nobody saved a search).
     *
     * <p>Safe when several nodes index at once: a record's match is claimed by inserting it into the
     * saved search's matches ({@link SavedSearches#firstMatches}, unique per search and record), in the
     * same transaction as the notification. Two batches that find the same record at once both try;
     * the database lets exactly one insert it, the other waits for it to commit and then finds it there,
     * so exactly one of them notifies; if the first rolls back, its notification goes with it and the
     * other's claim wins.
     */
    public int indexed(List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        List<SavedSearches.SavedSearch> searches = saved.all();
        if (searches.isEmpty()) {
            return 0;
        }
        List<SavedSearches.RecordRef> records = documents.stream()
                .map(d -> new SavedSearches.RecordRef(d.type(), d.id(), d.record().title())).toList();
        Map<UUID, List<SavedSearches.RecordRef>> matches = search.matches(searches, records);
        for (SavedSearches.SavedSearch savedSearch : searches) {
            List<SavedSearches.RecordRef> matched = matches.getOrDefault(savedSearch.id(), List.of());
            if (matched.isEmpty()) {
                continue;
            }
            List<SavedSearches.RecordRef> first = saved.firstMatches(savedSearch.id(), matched);
            if (!first.isEmpty()) {
                saved.notify(new SavedSearches.Notification(UUID.randomUUID(), savedSearch.owner(), savedSearch.id(),
                        title(savedSearch, first), new ArrayList<>(first), Instant.now(), null));
            }
        }
        return records.size();
    }

    private static String title(SavedSearches.SavedSearch search, List<SavedSearches.RecordRef> records) {
        return title(search.name(), records);
    }

    /** A notification's headline: how many records, the search's name, and the first record's title. */
    static String title(String searchName, List<SavedSearches.RecordRef> records) {
        if (records.isEmpty()) {
            return "Records that matched your saved search '" + searchName + "' are no longer available to you";
        }
        String what = records.size() == 1 ? "1 new record matches" : records.size() + " new records match";
        String title = what + " your saved search '" + searchName + "': " + records.get(0).title()
                + (records.size() > 1 ? " and " + (records.size() - 1) + " more" : "");
        return title.length() > 300 ? title.substring(0, 297) + "..." : title;
    }
}
