package org.interdict.application.search;

import org.interdict.application.projection.RecordType;
import org.interdict.application.security.Visibility;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: users' saved searches, the records that have matched each, and the notifications they raised. */
public interface SavedSearches {

    void save(SavedSearch search);

    List<SavedSearch> ownedBy(String owner);

    /** Every saved search, for checking newly indexed records against them. */
    List<SavedSearch> all();

    Optional<SavedSearch> find(UUID id);

    void delete(UUID id);

    /** Records the matches and returns those that had not matched this search before. */
    List<RecordRef> firstMatches(UUID savedSearchId, Collection<RecordRef> records);

    void notify(Notification notification);

    List<Notification> notifications(String recipient, boolean unreadOnly, int offset, int limit);

    long unread(String recipient);

    Optional<Notification> notification(UUID id);

    void markRead(UUID id, boolean read);

    /** A search a user keeps, with the visibility it was saved under. */
    record SavedSearch(UUID id, String owner, String name, String query, Visibility visibility, Instant createdAt) {
    }

    /** A record named by an alert. */
    record RecordRef(RecordType type, String id, String title) {
    }

    /** Tells a user that records newly match one of their saved searches. */
    record Notification(UUID id, String recipient, UUID savedSearchId, String title, List<RecordRef> records,
            Instant createdAt, Instant readAt) {

        public boolean read() {
            return readAt != null;
        }
    }
}
