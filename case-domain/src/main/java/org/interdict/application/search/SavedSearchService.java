package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;

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
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("Give the saved search a name.");
        }
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("A saved search needs search text: an empty one would match every record.");
        }
        // Parsed now, so that a query that cannot run is refused when saved rather than failing silently later.
        SearchService.request(query, visibility, null, null, null, 1, null);
        List<SavedSearches.SavedSearch> mine = saved.ownedBy(owner);
        if (mine.stream().anyMatch(s -> s.name().equalsIgnoreCase(name.strip()))) {
            throw new ConflictException("You already have a saved search named '" + name.strip() + "'.");
        }
        if (mine.size() >= MAX_PER_USER) {
            throw new ConflictException("You have " + MAX_PER_USER + " saved searches, the most one user may keep: delete one first.");
        }
        SavedSearches.SavedSearch created = new SavedSearches.SavedSearch(UUID.randomUUID(), owner, name.strip(),
                query.strip(), visibility, Instant.now());
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
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new InvalidInputException("offset is 0 or more and limit between 1 and 200.");
        }
        return saved.notifications(search.username(), unreadOnly, offset, limit);
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
        return saved.notification(id).orElse(notification);
    }

    private SavedSearches.SavedSearch own(UUID id) {
        search.visibility();
        return saved.find(id).filter(s -> s.owner().equals(search.username()))
                .orElseThrow(() -> new RecordNotFoundException("saved search", id));
    }
}
