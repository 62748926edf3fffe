package org.interdict.web.ui.search;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.search.SavedSearchService;
import org.interdict.application.search.SavedSearches;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The user's saved searches (at most a hundred, so one list): run one, delete one, and how many unread
 * notifications each has raised among the latest ones.
 */
@Named("savedSearchesView")
@ViewScoped
public class SavedSearchesView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many of the latest unread notifications are counted per search (the service offers no count per search). */
    static final int UNREAD_WINDOW = 200;

    @Inject
    SavedSearchService saved;

    private List<Row> rows = List.of();
    private boolean unreadCapped;

    /** A saved search as the list shows it. */
    public record Row(UUID id, String name, String query, Instant createdAt, String runLink, long unread)
            implements Serializable {
    }

    @PostConstruct
    void load() {
        Ui.attempt(saved::mine).ifPresent(mine -> {
            Map<UUID, Long> unread = new HashMap<>();
            Ui.attempt(() -> saved.notifications(true, 0, UNREAD_WINDOW)).ifPresent(list -> {
                list.forEach(n -> unread.merge(n.savedSearchId(), 1L, Long::sum));
                unreadCapped = list.size() == UNREAD_WINDOW;
            });
            List<Row> found = new ArrayList<>();
            for (SavedSearches.SavedSearch s : mine) {
                found.add(new Row(s.id(), s.name(), s.query(), s.createdAt(),
                        SearchLinks.search(s.query(), null, null, null), unread.getOrDefault(s.id(), 0L)));
            }
            found.sort(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER));
            rows = found;
        });
    }

    public void delete(Row row) {
        if (Ui.run(() -> saved.delete(row.id()))) {
            Ui.info(Texts.text(Texts.SEARCH, "saved.deleted", row.name()));
            List<Row> left = new ArrayList<>(rows);
            left.removeIf(r -> r.id().equals(row.id()));
            rows = left;
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    /** True when the unread counts cover only the latest notifications. */
    public boolean isUnreadCapped() {
        return unreadCapped;
    }

    public String getNotificationsLink() {
        return SearchLinks.page("/notifications.xhtml", Map.of());
    }
}
