package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.Inputs;
import org.interdict.application.InvalidInputException;
import org.interdict.application.Page;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.security.Visibility;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user's saved searches and the notifications they raise. Each user sees and changes only their
 * own; a search is saved with the visibility the access policy gives its owner at that moment.
 */
@ApplicationScoped
public class SavedSearchService {

    static final int MAX_PER_USER = 100;

    private SavedSearches saved;
    private SearchService search;

    /** For the CDI container's client proxy. */
    protected SavedSearchService() {
    }

    @Inject
    public SavedSearchService(SavedSearches saved, SearchService search) {
        this.saved = saved;
        this.search = search;
    }

    @Transactional
    public SavedSearches.SavedSearch save(String name, String query) {
        Visibility visibility = search.visibility();
        String owner = search.username();
        if (Inputs.isBlank(name)) {
            throw new InvalidInputException("Give the saved search a name.");
        }
        if (Inputs.isBlank(query)) {
            throw new InvalidInputException("A saved search needs search text: an empty one would match every record.");
        }
        String title = Inputs.line(name, "the saved search's name", 200);
        String text = Inputs.line(query, "the search text", UserQuery.MAX_LENGTH);
        // Parsed now, so that a query that cannot run is refused when saved rather than failing silently later.
        SearchService.request(text, visibility, null, null, null, 1, null);
        List<SavedSearches.SavedSearch> mine = saved.ownedBy(owner);
        if (mine.stream().anyMatch(s -> s.name().equalsIgnoreCase(title))) {
            throw new ConflictException("You already have a saved search named '" + title + "'.");
        }
        if (mine.size() >= MAX_PER_USER) {
            throw new ConflictException("You have " + MAX_PER_USER + " saved searches, the most one user may keep: delete one first.");
        }
        SavedSearches.SavedSearch created = new SavedSearches.SavedSearch(UUID.randomUUID(), owner, title,
                text, visibility, Instant.now());
        saved.save(created);
        return created;
    }

    @Transactional
    public List<SavedSearches.SavedSearch> mine() {
        search.visibility();
        return saved.ownedBy(search.username());
    }

    @Transactional
    public void delete(UUID id) {
        saved.delete(own(id).id());
    }

    @Transactional
    public List<SavedSearches.Notification> notifications(boolean unreadOnly, int offset, int limit) {
        search.visibility();
        Page.checkWindow(offset, limit, 200);
        List<SavedSearches.Notification> found = saved.notifications(search.username(), unreadOnly, offset, limit);
        java.util.Set<String> visible = search.visibleNow(found.stream()
                .flatMap(n -> n.records().stream()).map(SavedSearches.RecordRef::id).distinct().toList());
        return found.stream().map(n -> onlyVisible(n, visible)).toList();
    }

    /**
     * A notification names only the records its reader may still see: one whose sharing was
     * withdrawn since (or that was deleted) leaves the list, title and all.
     */
    private SavedSearches.Notification onlyVisible(SavedSearches.Notification n, java.util.Set<String> visible) {
        List<SavedSearches.RecordRef> records = n.records().stream().filter(r -> visible.contains(r.id())).toList();
        if (records.size() == n.records().size()) {
            return n;
        }
        String searchName = saved.find(n.savedSearchId()).map(SavedSearches.SavedSearch::name).orElse("(deleted)");
        return new SavedSearches.Notification(n.id(), n.recipient(), n.savedSearchId(), SavedSearchAlerts.title(searchName, records),
                records, n.createdAt(), n.readAt());
    }

    @Transactional
    public long unread() {
        return saved.unread(search.username());
    }

    @Transactional
    public SavedSearches.Notification markRead(UUID id, boolean read) {
        search.visibility();
        SavedSearches.Notification notification = saved.notification(id)
                .filter(n -> n.recipient().equals(search.username()))
                .orElseThrow(() -> new RecordNotFoundException("notification", id));
        saved.markRead(id, read);
        SavedSearches.Notification marked = saved.notification(id).orElse(notification);
        return onlyVisible(marked, search.visibleNow(marked.records().stream().map(SavedSearches.RecordRef::id).toList()));
    }

    private SavedSearches.SavedSearch own(UUID id) {
        search.visibility();
        return saved.find(id).filter(s -> s.owner().equals(search.username()))
                .orElseThrow(() -> new RecordNotFoundException("saved search", id));
    }
}
