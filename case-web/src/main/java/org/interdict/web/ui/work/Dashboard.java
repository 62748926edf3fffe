package org.interdict.web.ui.work;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.Page;
import org.interdict.application.casefile.CaseListQuery;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseTaskService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.casefile.TaskView;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.designation.DesignationView;
import org.interdict.application.identity.CallerProfile;
import org.interdict.application.party.PartyService;
import org.interdict.application.party.PartyView;
import org.interdict.application.search.RecordSearch;
import org.interdict.application.search.SearchService;
import org.interdict.application.search.SavedSearchService;
import org.interdict.application.search.SavedSearches;
import org.interdict.application.trade.NameProposalService;
import org.interdict.application.trade.TradeImportService;
import org.interdict.web.ui.Shell;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The first page after sign-in: who the user is and what waits for them, in cards that each show a few
 * rows and the service's total. Each card is asked for only when the user's roles open it; a card whose
 * service refuses (Elasticsearch down, a role the service does not serve) says so in words instead of
 * failing the page.
 */
@Named("dashboard")
@RequestScoped
public class Dashboard {

    /** Rows per card: the dashboard is a summary; the lists behind it page. */
    static final int ROWS = 8;
    /** How much of the user's queue and tasks is read to find what is due this week. */
    private static final int DUE_WINDOW = 100;
    private static final String CASE = "case";
    private static final String TASK = "task";
    private static final String NEWEST_FIRST = "-updatedAt";

    @Inject
    Shell shell;

    @Inject
    CaseService cases;

    @Inject
    CaseTaskService tasks;

    @Inject
    SavedSearchService savedSearches;

    @Inject
    TradeImportService imports;

    @Inject
    NameProposalService nameProposals;

    @Inject
    DesignationService designations;

    @Inject
    PartyService parties;

    @Inject
    SearchService search;

    /** An evidence file released to the partner's agency, as search finds it: its case and its name. */
    public record SharedFile(String caseReference, String name) {
    }

    /** How search titles an evidence file: "ICT-2026-000001 · invoice.pdf". */
    private static final String TITLE_SEPARATOR = " · ";
    private static final String EVIDENCE_ONLY = "type:evidence";

    /** A card's rows, the total the service counted, and why it is empty when the service refused. */
    public record Card<T>(List<T> items, long total, String problem) {

        static <T> Card<T> empty() {
            return new Card<>(List.of(), 0, null);
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }

        /** More rows exist than the card shows. */
        public boolean isMore() {
            return total > items.size();
        }
    }

    /** A case or a task that is due within the week or overdue. */
    public record DueItem(String kind, String reference, String title, String caseTitle, LocalDate dueDate,
            boolean overdue) {

        public boolean isTask() {
            return TASK.equals(kind);
        }
    }

    private Card<CaseView> queue;
    private Card<TaskView> myTasks;
    private Card<DueItem> due;
    private Card<CaseView> awaiting;
    private Card<SavedSearches.Notification> alerts;
    private Card<TradeImportService.Progress> myImports;
    private Card<Void> namesWaiting;
    private Card<CaseView> recent;
    private Card<DesignationView> published;
    private Card<PartyView> sharedParties;
    private Card<SharedFile> sharedFiles;

    @PostConstruct
    void load() {
        if (shell.getProfile() == null) {
            return;
        }
        if (shell.isWorker()) {
            loadWork();
        }
        if (shell.isSupervisor()) {
            awaiting = card(() -> cases.awaitingDecision(0, ROWS));
        }
        if (shell.isSearcher()) {
            alerts = card(() -> {
                List<SavedSearches.Notification> unread = savedSearches.notifications(true, 0, ROWS);
                return new Page<>(unread, Math.max(unread.size(), shell.getUnread()), 0, ROWS);
            });
        }
        if (shell.isWorker() || shell.isAuditor()) {
            namesWaiting = card(() -> new Page<Void>(List.of(), nameProposals.open(0, 1).total(), 0, 1));
        }
        if (shell.isCaseReader()) {
            recent = card(() -> cases.list(new CaseListQuery(null, null, null, null, null, NEWEST_FIRST, 0, ROWS)));
            published = card(() -> designations.list(0, ROWS));
        }
        if (shell.isPartner()) {
            loadShared();
        }
    }

    /** The analyst's own cases and tasks, and from both what is due this week. */
    private void loadWork() {
        Card<CaseView> assigned = card(() -> cases.myQueue(0, DUE_WINDOW));
        Card<TaskView> open = card(() -> tasks.mine(0, DUE_WINDOW));
        queue = first(assigned);
        myTasks = first(open);

        LocalDate horizon = WorkLabels.today().plusDays(WorkLabels.SOON_DAYS);
        List<DueItem> dueItems = new ArrayList<>();
        for (CaseView c : assigned.items()) {
            if (c.dueDate() != null && !c.dueDate().isAfter(horizon)) {
                dueItems.add(new DueItem(CASE, c.reference(), c.title(), c.title(), c.dueDate(), c.overdue()));
            }
        }
        for (TaskView t : open.items()) {
            if (t.dueDate() != null && !t.dueDate().isAfter(horizon)) {
                dueItems.add(new DueItem(TASK, t.caseReference(), t.title(), t.caseTitle(), t.dueDate(), t.overdue()));
            }
        }
        dueItems.sort(Comparator.comparing(DueItem::dueDate));
        String problem = assigned.problem() != null ? assigned.problem() : open.problem();
        due = new Card<>(dueItems.stream().limit(ROWS).toList(), dueItems.size(), problem);

        String me = shell.getProfile().username();
        myImports = card(() -> {
            List<TradeImportService.Progress> mine = imports.recent().stream()
                    .filter(p -> me.equalsIgnoreCase(p.batch().startedBy())).toList();
            return new Page<>(mine.stream().limit(ROWS).toList(), mine.size(), 0, ROWS);
        });
    }

    /**
     * What is shared with a partner's agency besides its cases: the parties and the evidence files released to it.
     * The services list for a partner only what is released to its agency (and count only that), so nothing
     * internal can reach these cards.
     */
    private void loadShared() {
        sharedParties = card(() -> parties.list(null, null, null, 0, ROWS));
        sharedFiles = card(() -> {
            RecordSearch.Page found = search.search(EVIDENCE_ONLY, null, null, null, ROWS, null);
            List<SharedFile> files = new ArrayList<>();
            for (RecordSearch.Hit hit : found.hits()) {
                files.add(sharedFile(hit.title()));
            }
            return new Page<>(files, found.total(), 0, ROWS);
        });
    }

    static SharedFile sharedFile(String title) {
        int cut = title == null ? -1 : title.indexOf(TITLE_SEPARATOR);
        return cut > 0 ? new SharedFile(title.substring(0, cut), title.substring(cut + TITLE_SEPARATOR.length()))
                : new SharedFile(null, title == null ? "" : title);
    }

    private static <T> Card<T> first(Card<T> card) {
        return new Card<>(card.items().stream().limit(ROWS).toList(), card.total(), card.problem());
    }

    /**
     * Asks a service for a card's page; a refusal in words becomes the card's problem, so that one card
     * that cannot be shown (a search node down) leaves the rest of the dashboard working.
     */
    private static <T> Card<T> card(Supplier<Page<T>> call) {
        try {
            Page<T> page = call.get();
            return new Card<>(page.items(), page.total(), null);
        } catch (RuntimeException e) {
            return Ui.inWords(e).map(words -> new Card<T>(List.of(), 0, words)).orElseThrow(() -> e);
        }
    }

    public CallerProfile getProfile() {
        return shell.getProfile();
    }

    /** "Welcome, Alice Marsh". */
    public String getGreeting() {
        return Texts.text(Texts.WORK, "dashboard.greeting", shell.getProfile().displayName());
    }

    /** The heading over the agency's cases: a partner's list holds other agencies' cases shared with it. */
    public String getRecentHeading() {
        return Texts.text(Texts.WORK, shell.isPartner() ? "dashboard.recent.shared" : "dashboard.recent.own",
                shell.getProfile().agencyCode());
    }

    public Card<CaseView> getQueue() {
        return queue;
    }

    public Card<TaskView> getMyTasks() {
        return myTasks;
    }

    public Card<DueItem> getDue() {
        return due;
    }

    public Card<CaseView> getAwaiting() {
        return awaiting;
    }

    public Card<SavedSearches.Notification> getAlerts() {
        return alerts;
    }

    public Card<TradeImportService.Progress> getMyImports() {
        return myImports;
    }

    public Card<Void> getNamesWaiting() {
        return namesWaiting;
    }

    public Card<CaseView> getRecent() {
        return recent;
    }

    public Card<DesignationView> getPublished() {
        return published;
    }

    public Card<PartyView> getSharedParties() {
        return sharedParties;
    }

    public Card<SharedFile> getSharedFiles() {
        return sharedFiles;
    }

    /** A text of the work bundle with one argument: "12 cases", "1 task", "3 records". */
    public String text(String key, Object argument) {
        return Texts.text(Texts.WORK, key, argument);
    }
}
