package org.interdict.web.ui.search;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.RecordNotFoundException;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.projection.RecordType;
import org.interdict.application.search.SavedSearchService;
import org.interdict.application.search.SavedSearches;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The user's notifications, newest first, one page at a time from the service. The service gives no
 * total, so the list knows "at least one more" from asking for one row beyond the page: the paginator
 * offers the next page exactly when there is one.
 */
@Named("notificationsView")
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_WINDOW = 200;
    /** What "mark all read" takes at a time (the service's largest window). */
    private static final int MARK_BATCH = MAX_WINDOW;
    /** Records named per notification; the search finds the rest. */
    private static final int RECORDS_SHOWN = 5;
    /** The table's search expression: its form, then its id. */
    private static final String TABLE = "notifications-form:notifications";

    @Inject
    SavedSearchService saved;

    @Inject
    DesignationService designations;

    private boolean unreadOnly;
    private long unread;
    private Map<UUID, SavedSearches.SavedSearch> searches = Map.of();
    private final Model model = new Model();

    /** One notification as the list shows it. */
    public record Row(UUID id, String title, String searchName, String searchLink, Instant createdAt, boolean read,
            List<Target> records, int moreRecords) implements Serializable {
    }

    /** A record the notification names, with its page (or the search that finds it). */
    public record Target(String kind, String typeLabel, String title, String link) implements Serializable {
    }

    @PostConstruct
    void load() {
        Ui.attempt(saved::mine).ifPresent(mine -> {
            Map<UUID, SavedSearches.SavedSearch> byId = new HashMap<>();
            mine.forEach(s -> byId.put(s.id(), s));
            searches = byId;
        });
        refreshUnread();
    }

    private void refreshUnread() {
        unread = Ui.attempt(saved::unread).orElse(0L);
    }

    /** "unread" or "all", from the filter buttons. */
    public void show(boolean onlyUnread) {
        unreadOnly = onlyUnread;
        model.reset();
        toFirstPage();
    }

    /** Another filter starts at its first page, not at the page the other one was on. */
    private static void toFirstPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent table = faces == null ? null : faces.getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public void markRead(Row row, boolean read) {
        if (Ui.run(() -> saved.markRead(row.id(), read))) {
            refreshUnread();
            model.reset();
        }
    }

    public void markAllRead() {
        int marked = 0;
        // Page by page from the start: each batch marked read leaves the unread list, so offset 0 again.
        for (int round = 0; round < 1000; round++) {
            var batch = Ui.attempt(() -> saved.notifications(true, 0, MARK_BATCH));
            if (batch.isEmpty() || batch.get().isEmpty()) {
                break;
            }
            for (SavedSearches.Notification n : batch.get()) {
                if (!Ui.run(() -> saved.markRead(n.id(), true))) {
                    refreshUnread();
                    model.reset();
                    return;
                }
                marked++;
            }
        }
        refreshUnread();
        model.reset();
        toFirstPage();
        Ui.info(Texts.text(Texts.SEARCH, "notifications.allread", marked));
    }

    private Row row(SavedSearches.Notification n) {
        SavedSearches.SavedSearch search = searches.get(n.savedSearchId());
        String searchLink = search == null ? null : SearchLinks.search(search.query(), null, null, null);
        List<Target> targets = new ArrayList<>();
        for (SavedSearches.RecordRef ref : n.records().subList(0, Math.min(RECORDS_SHOWN, n.records().size()))) {
            targets.add(target(ref, search));
        }
        return new Row(n.id(), n.title(), search == null ? Texts.text(Texts.SEARCH, "notifications.search.deleted") : search.name(),
                searchLink, n.createdAt(), n.read(), targets, Math.max(0, n.records().size() - RECORDS_SHOWN));
    }

    private Target target(SavedSearches.RecordRef ref, SavedSearches.SavedSearch search) {
        String kind = SearchView.kind(ref.type());
        String link;
        if (ref.type() == RecordType.PARTY) {
            link = SearchView.partyLink(ref.id());
        } else if (ref.type() == RecordType.CASE) {
            link = SearchView.caseLink(ref.id());
        } else if (ref.type() == RecordType.DESIGNATION) {
            link = designationParty(ref.id());
        } else {
            // Trade records and files have no page of their own: the search finds them, with their case.
            link = null;
        }
        if (link == null) {
            String text = ref.title() == null ? (search == null ? null : search.query())
                    : "\"" + ref.title().replace("\"", " ") + "\" type:" + kind;
            link = text == null ? null : SearchLinks.search(text, null, null, null);
        }
        return new Target(kind, Texts.text(Texts.SEARCH, "type." + kind), ref.title(), link);
    }

    private String designationParty(String id) {
        try {
            UUID party = designations.get(UUID.fromString(id)).partyId();
            return party == null ? null : SearchView.partyLink(party.toString());
        } catch (RecordNotFoundException | AccessDeniedException | IllegalArgumentException e) {
            return null;
        }
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public long getUnread() {
        return unread;
    }

    public String getUnreadText() {
        return Texts.text(Texts.SEARCH, "notifications.unread.count", unread);
    }

    /** One page of notifications; the row count says "this far, and one more page" while there is more. */
    final class Model extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;
        private int known = -1;

        void reset() {
            known = -1;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // Before the first page is read, allow the page the table asks for; load() sets the real count.
            return known < 0 ? Integer.MAX_VALUE / 2 : known;
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, MAX_WINDOW - 1);
            List<SavedSearches.Notification> found = Ui.attempt(() -> saved.notifications(unreadOnly, first, size + 1))
                    .orElse(List.of());
            boolean more = found.size() > size;
            List<Row> rows = new ArrayList<>();
            for (SavedSearches.Notification n : more ? found.subList(0, size) : found) {
                rows.add(row(n));
            }
            known = first + rows.size() + (more ? 1 : 0);
            setRowCount(known);
            return rows;
        }

        @Override
        public String getRowKey(Row row) {
            return row.id().toString();
        }

        @Override
        public Row getRowData(String rowKey) {
            List<Row> shown = getWrappedData();
            if (shown == null) {
                return null;
            }
            return shown.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
