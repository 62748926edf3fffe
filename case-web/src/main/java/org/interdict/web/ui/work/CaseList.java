package org.interdict.web.ui.work;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.Page;
import org.interdict.application.casefile.CaseListQuery;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;
import org.interdict.web.ui.Shell;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The list of cases: one page at a time from {@link CaseService#list}, filtered and sorted by the
 * service (status, assignee, due date, subject; by reference, due date, last update or priority). The
 * filters live in the page's address ({@code /cases.xhtml?status=PROPOSED&due=overdue}), so that a
 * filtered list can be bookmarked and shared: changing a filter or the order loads that address.
 */
@Named("caseList")
@ViewScoped
public class CaseList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Page-parameter values of the assignee and due filters (not states: words of this page's address). */
    public static final String ME = "me";
    public static final String OVERDUE = "overdue";
    public static final String WEEK = "week";

    static final int ROWS = 25;
    private static final String DEFAULT_SORT = "-updatedAt";
    /** The orders the service knows, by the column they sort and that column's direction. */
    private static final Map<String, String> ASCENDING = Map.of(
            "reference", "reference", "dueDate", "dueDate", "updatedAt", "updatedAt", "priority", "priority");
    private static final Map<String, String> DESCENDING = Map.of(
            "reference", "-reference", "dueDate", "-dueDate", "updatedAt", "-updatedAt", "priority", "-priority");

    @Inject
    CaseService cases;

    @Inject
    Shell shell;

    // Page parameters.
    private String status;
    private String priority;
    private String tag;
    private String assignee;
    private String due;
    private String subject;
    private String sort;

    private List<String> statuses = new ArrayList<>();
    private List<String> priorities = new ArrayList<>();
    private String me;
    private boolean partner;
    private long total;
    private boolean refused;
    private transient Page<CaseView> firstPage;
    private String loadedAddress;
    private final Model model = new Model();

    /** Reads the page parameters and the first page, so that the page head can say how many cases match. */
    public void load() {
        partner = shell.isPartner() && !shell.isWorker() && !shell.isAuditor();
        me = shell.getProfile() == null ? null : shell.getProfile().username();
        statuses = status == null || status.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(status.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        priorities = priority == null || priority.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(priority.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (partner) {
            // The service keeps assignee, priority and tags within the owning agency: a partner neither filters nor sorts by them.
            assignee = null;
            priorities = new ArrayList<>();
            tag = null;
            if (sort != null && sort.endsWith("priority")) {
                sort = null;
            }
        }
        if (!ASCENDING.containsValue(effectiveSort()) && !DESCENDING.containsValue(effectiveSort())) {
            sort = null;
        }
        loadedAddress = address(effectiveSort());
        firstPage = fetch(0, ROWS, effectiveSort());
        total = firstPage == null ? 0 : firstPage.total();
        model.setRowCount((int) total);
    }

    private Page<CaseView> fetch(int offset, int limit, String order) {
        Page<CaseView> page = Ui.attempt(() -> cases.list(query(offset, limit, order))).orElse(null);
        refused = page == null;
        return page;
    }

    private CaseListQuery query(int offset, int limit, String order) {
        String who = ME.equalsIgnoreCase(blankToNull(assignee)) ? me : blankToNull(assignee);
        return new CaseListQuery(statuses.isEmpty() ? null : List.copyOf(statuses), who, null, subjectId(), dueBefore(),
                order, offset, limit, priorities.isEmpty() ? null : List.copyOf(priorities), blankToNull(tag));
    }

    private LocalDate dueBefore() {
        if (OVERDUE.equals(due)) {
            return WorkLabels.today();
        }
        if (WEEK.equals(due)) {
            return WorkLabels.today().plusDays(WorkLabels.SOON_DAYS + 1L);
        }
        return null;
    }

    private UUID subjectId() {
        try {
            return subject == null || subject.isBlank() ? null : UUID.fromString(subject.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String effectiveSort() {
        return sort == null || sort.isBlank() ? DEFAULT_SORT : sort.strip();
    }

    /** The service's order for the table's sort, or null when the table is not sorted. */
    private static String order(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return null;
        }
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() == null || meta.getOrder().isUnsorted()) {
                continue;
            }
            Map<String, String> orders = meta.getOrder().isDescending() ? DESCENDING : ASCENDING;
            String order = orders.get(meta.getField());
            if (order != null) {
                return order;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Actions: every change of filter or order loads the page's address with it.

    /** A filter changed: load the list for the new filters (first page); nothing to do when none really changed. */
    public void apply() {
        String target = address(effectiveSort());
        if (!target.equals(loadedAddress)) {
            go(target);
        }
    }

    /**
     * The reader sorted by a column. The service sorts some columns one way only (latest update first,
     * highest priority first, soonest due first): the address is loaded again, so that the arrow shows
     * the order the rows are really in.
     */
    public void sorted(SortEvent event) {
        String order = order(event.getSortBy());
        go(address(order == null ? effectiveSort() : order));
    }

    /** This page's address (after the context path) with the current filters and the given order. */
    private String address(String order) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            parameters.put("status", String.join(",", statuses));
        }
        if (!priorities.isEmpty()) {
            parameters.put("priority", String.join(",", priorities));
        }
        parameters.put("tag", blankToNull(tag));
        parameters.put("assignee", blankToNull(assignee));
        parameters.put("due", blankToNull(due));
        parameters.put("subject", blankToNull(subject));
        parameters.put("sort", DEFAULT_SORT.equals(order) ? null : order);
        StringBuilder url = new StringBuilder("/cases.xhtml");
        String separator = "?";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() != null) {
                url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("%2C", ","));
                separator = "&";
            }
        }
        return url.toString();
    }

    private static void go(String address) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // What the page reads.

    public LazyDataModel<CaseView> getModel() {
        return model;
    }

    /** "128 cases", "1 case", "No cases". */
    public String getTotalText() {
        return Texts.text(Texts.WORK, "cases.total", total);
    }

    public long getTotal() {
        return total;
    }

    public boolean isRefused() {
        return refused;
    }

    public boolean isFiltered() {
        return !statuses.isEmpty() || !priorities.isEmpty() || blankToNull(tag) != null || blankToNull(assignee) != null || blankToNull(due) != null || subjectId() != null;
    }

    /** Partners read shared cases without their assignee and priority: those columns and filters are not offered. */
    public boolean isPartner() {
        return partner;
    }

    /** The initial arrow of a column: the order the rows are in ("asc", "desc" or "unsorted"). */
    public String sortOrder(String field) {
        String current = effectiveSort();
        if (current.equals(ASCENDING.get(field)) && !current.startsWith("-")) {
            return "asc";
        }
        if (current.equals(DESCENDING.get(field))) {
            return "desc";
        }
        return "unsorted";
    }

    /** An assignee named in the address other than "me": offered as a choice so that the menu shows it. */
    public List<String> getOtherAssignees() {
        String a = blankToNull(assignee);
        return a == null || ME.equalsIgnoreCase(a) ? List.of() : List.of(a);
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public List<String> getPriorities() {
        return priorities;
    }

    public void setPriorities(List<String> priorities) {
        this.priorities = priorities == null ? new ArrayList<>() : new ArrayList<>(priorities);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getMe() {
        return ME;
    }

    public String getOverdue() {
        return OVERDUE;
    }

    public String getWeek() {
        return WEEK;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One page of cases from the service; the first page was read with the page parameters already. */
    private final class Model extends LazyDataModel<CaseView> {

        private static final long serialVersionUID = 1L;

        private boolean initial = true;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) total;
        }

        @Override
        public List<CaseView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String order = Objects.requireNonNullElse(order(sortBy), effectiveSort());
            boolean asLoaded = first == 0 && pageSize == ROWS && order.equals(effectiveSort());
            Page<CaseView> page;
            if (initial && asLoaded) {
                // Read already for the page head (or refused, and the reason is shown): not asked twice.
                page = firstPage;
            } else {
                page = fetch(first, pageSize, order);
            }
            initial = false;
            firstPage = null;
            if (page == null) {
                return List.of();
            }
            total = page.total();
            setRowCount((int) total);
            return page.items();
        }

        @Override
        public String getRowKey(CaseView view) {
            return view.reference();
        }

        @Override
        public CaseView getRowData(String rowKey) {
            return null;
        }
    }
}
