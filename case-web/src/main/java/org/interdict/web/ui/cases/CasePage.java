package org.interdict.web.ui.cases;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.audit.AuditDetails;
import org.interdict.application.audit.AuditEventView;
import org.interdict.application.audit.AuditService;
import org.interdict.application.casefile.CaseInput;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseTaskService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.casefile.NoteView;
import org.interdict.application.casefile.TaskInput;
import org.interdict.application.casefile.TaskView;
import org.interdict.application.party.PartyService;
import org.interdict.application.party.PartySummary;
import org.interdict.application.party.PartyView;
import org.interdict.application.report.CaseReportService;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case page ({@code /case.xhtml?ref=ICT-…}): the case's head with the workflow steps the service
 * allows the caller now, its description (edited from the version the page was loaded from), its
 * subjects, tasks, notes and audit trail. Every change goes to the same application services as the
 * REST API; a refusal is shown in words. An edit refused because someone else changed the case in the
 * meantime keeps the user's values beside the current ones, so that nothing typed is lost.
 */
@Named("casePage")
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    /** A list of typed ids once the ids are elided: "FILE …, TRADE_RECORD …". */
    private static final Pattern KINDS_OF_IDS = Pattern.compile("[A-Z][A-Z_]+ …(, [A-Z][A-Z_]+ …)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final int PARTY_SUGGESTIONS = 10;

    @Inject
    org.interdict.web.ui.Formats fmt;

    @Inject
    CaseService cases;

    @Inject
    CaseTaskService caseTasks;

    @Inject
    AuditService audit;

    @Inject
    CaseReportService reports;

    @Inject
    PartyService parties;

    @Inject
    org.interdict.web.ui.Shell shell;

    private String ref;
    private CaseView view;
    /** Why the case cannot be shown: "no case … that you can see", the same whether it does not exist or is not visible. */
    private String refusal;
    /**
     * The caller reads the case as a partner agency it is shared with: the page then shows only what the
     * service's partner view holds (no tasks, notes, proposals, timeline or edit control in the page at all).
     */
    private boolean partnerView;

    private List<TaskView> tasks = List.of();
    private String tasksRefusal;
    private List<NoteView> notes = List.of();
    private String notesRefusal;
    private List<TimelineEntry> timeline = List.of();
    private String timelineRefusal;
    private boolean timelineLoaded;

    // The description as the user edits it, and the version it was loaded from.
    private boolean editing;
    private String editTitle;
    private String editSummary;
    private String editPriority;
    private LocalDate editDue;
    private List<String> editTags = new ArrayList<>();
    private long editVersion;
    /** The case as someone else left it, when the user's edit came from an older version. */
    private Theirs theirs;
    /** The description as it was when the edit started: what "someone else changed it" is measured against. */
    private Theirs base;

    // Steps that need input.
    private String assignee;
    private String closeRationale;
    private String decisionOutcome;
    private String decisionStep;
    private String decisionRationale;
    private LocalDate publishDate;

    // Subjects, tasks, notes.
    private PartyOption party;
    /** The parties last offered by the search, by id: what the autocomplete's choice converts back to. */
    private final java.util.Map<String, PartyOption> offered = new java.util.HashMap<>();
    private String taskTitle;
    private LocalDate taskDue;
    private String taskAssignee;
    private String noteText;

    // ---------------------------------------------------------------------------------------------
    // Loading

    /** The view action: loads the case and what the caller may see of it; a refusal is shown in words. */
    public void load() {
        if (ref == null || ref.isBlank()) {
            notFound(text("case.missing.ref"));
            return;
        }
        ref = ref.strip();
        // Any refusal reads the same: a case that does not exist and one the caller may not see are one answer.
        Optional<CaseView> found = quietly(() -> cases.get(ref), words -> { });
        if (found.isEmpty()) {
            notFound(text("case.notfound.text", ref));
            return;
        }
        view = found.get();
        partnerView = readsAsPartner(view, shell != null && shell.isPartner());
        resetEdit();
        if (partnerView) {
            // Tasks, notes and the audit trail stay within the owning agency: not even asked for.
            return;
        }
        loadTasks();
        loadNotes();
        loadTimeline();
    }

    /**
     * Whether the caller sees the case as a partner agency: the service's view leaves out the open task count
     * exactly where the caller may not see the case's internals ({@link CaseView#asPartnerSees}); a partner's
     * role says so too, whichever comes first.
     */
    static boolean readsAsPartner(CaseView view, boolean partnerRole) {
        return partnerRole || view == null || view.openTasks() == null;
    }

    /** The page a case that cannot be shown gets: the same words and the same status (404) whatever the reason. */
    private void notFound(String words) {
        view = null;
        refusal = words;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    private void loadTasks() {
        tasksRefusal = null;
        tasks = quietly(() -> caseTasks.tasks(ref), words -> tasksRefusal = words).orElse(List.of());
    }

    private void loadNotes() {
        notesRefusal = null;
        List<NoteView> loaded = quietly(() -> cases.notes(ref), words -> notesRefusal = words).orElse(List.of());
        List<NoteView> newestFirst = new ArrayList<>(loaded);
        Collections.reverse(newestFirst);
        notes = newestFirst;
    }

    private void loadTimeline() {
        timelineRefusal = null;
        List<AuditEventView> events = quietly(() -> audit.ofCase(ref), words -> timelineRefusal = words).orElse(List.of());
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            AuditEventView e = events.get(i);
            entries.add(new TimelineEntry(e.id(), e.actor(), e.actorAgency(), actionWords(e.action()), e.action(),
                    details(e.details()), e.occurredAt()));
        }
        timeline = entries;
        timelineLoaded = true;
    }

    /** Reloads the audit trail (the "Refresh" button of the timeline). */
    public void refreshTimeline() {
        loadTimeline();
    }

    /** Reads the case again, as it is now (after a refusal because it changed meanwhile). */
    private void reloadCase() {
        quietly(() -> cases.get(ref), words -> refusal = words).ifPresent(v -> view = v);
    }

    /**
     * Calls a service to read something the caller may not be allowed to see: the refusal is kept for
     * the section (a partner has no notes), not shown as an error at the top of the page.
     */
    private static <T> Optional<T> quietly(Supplier<T> read, java.util.function.Consumer<String> refused) {
        try {
            return Optional.ofNullable(read.get());
        } catch (RuntimeException e) {
            Optional<String> words = Ui.inWords(e);
            if (words.isEmpty()) {
                throw e;
            }
            refused.accept(words.get());
            return Optional.empty();
        }
    }

    /** A change of the case: on success the page shows the case as the service answered it. */
    private boolean change(Supplier<CaseView> call) {
        try {
            view = call.get();
            // A step or a subject does not touch the description: an edit in progress stays as typed.
            if (!editing) {
                resetEdit();
            }
            timelineLoaded = false;
            return true;
        } catch (RuntimeException e) {
            boolean stale = Ui.isStale(e);
            Ui.attempt(() -> {
                throw e;
            });
            if (stale) {
                reloadCase();
                if (!editing) {
                    resetEdit();
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Workflow steps (only those in CaseView.allowedSteps() are offered)

    public boolean allows(String step) {
        return view != null && view.allowedSteps() != null && view.allowedSteps().contains(step);
    }

    public boolean isAnyStep() {
        return view != null && view.allowedSteps() != null && !view.allowedSteps().isEmpty();
    }

    public void startInvestigation() {
        if (change(() -> cases.startInvestigation(ref, view.version()))) {
            Ui.info(text("case.step.done", label(view.status())));
            reloadUnlessEditing();
        }
    }

    public void resumeInvestigation() {
        if (change(() -> cases.resumeInvestigation(ref, view.version()))) {
            Ui.info(text("case.step.done", label(view.status())));
            reloadUnlessEditing();
        }
    }

    /**
     * After a workflow step or a change of subjects every part of the page may change (the proposal form
     * appears or goes, a subject's shipments can be linked): the page is loaded again, unless an edit is in
     * progress, which is kept instead.
     */
    private void reloadUnlessEditing() {
        if (editing) {
            return;
        }
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/case.xhtml?ref="
                    + java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void prepareClose() {
        closeRationale = null;
    }

    public void close() {
        String rationale = closeRationale;
        if (change(() -> cases.close(ref, view.version(), rationale))) {
            closeRationale = null;
            Ui.info(text("case.closed.done", label(view.status())));
            reloadUnlessEditing();
        }
    }

    /** The decision dialog: the outcome comes from the page (the application names outcomes, the bean does not). */
    public void prepareDecision(String step, String outcome) {
        decisionStep = step;
        decisionOutcome = outcome;
        decisionRationale = null;
    }

    public void decide() {
        String outcome = decisionOutcome;
        String rationale = decisionRationale;
        if (change(() -> cases.decide(ref, view.version(), outcome, rationale))) {
            decisionRationale = null;
            Ui.info(text("case.decided", label(view.status())));
            reloadUnlessEditing();
        }
    }

    public void publish() {
        LocalDate effective = publishDate;
        boolean done = Ui.run(() -> cases.publish(ref, view.version(), effective));
        reloadCase();
        if (!editing) {
            resetEdit();
        }
        timelineLoaded = false;
        if (done) {
            publishDate = null;
            Ui.info(text("case.published"));
            reloadUnlessEditing();
        }
    }

    public void prepareAssign() {
        assignee = view == null ? null : view.assignee();
    }

    public void assign() {
        String to = assignee;
        if (change(() -> cases.assign(ref, view.version(), to))) {
            Ui.info(text("case.assigned", view.assignee()));
        }
    }

    /** The case report as a PDF download; null (nothing sent) when the service refused, which is then shown. */
    public StreamedContent getReport() {
        Optional<CaseReportService.Download> download = Ui.attempt(() -> reports.report(ref));
        if (download.isEmpty()) {
            return null;
        }
        // Rendered before the response starts, so that a failure is reported on the page, not in half a file.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            download.get().writeTo(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = pdf.toByteArray();
        return DefaultStreamedContent.builder()
                .name(download.get().fileName())
                .contentType(download.get().mediaType())
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    // ---------------------------------------------------------------------------------------------
    // Editing the description

    public void startEdit() {
        resetEdit();
        editing = true;
    }

    public void cancelEdit() {
        resetEdit();
    }

    private void resetEdit() {
        editing = false;
        theirs = null;
        if (view != null) {
            editTitle = view.title();
            editSummary = view.summary();
            editPriority = view.priority();
            editDue = view.dueDate();
            editTags = view.tags() == null ? new ArrayList<>() : new ArrayList<>(view.tags());
            editVersion = view.version();
            base = Theirs.of(view);
        }
    }

    public void save() {
        CaseInput input = new CaseInput(editTitle, editSummary, editPriority, editDue,
                editTags == null ? List.of() : List.copyOf(editTags), view.assignee(), null);
        try {
            saved(cases.edit(ref, editVersion, input));
        } catch (RuntimeException e) {
            if (!Ui.isStale(e)) {
                Ui.attempt(() -> {
                    throw e;
                });
                return;
            }
            reloadCase();
            Theirs now = Theirs.of(view);
            if (now.equals(base)) {
                // Only the steps or subjects changed meanwhile (perhaps the user's own): the description the user
                // started from is still the current one, so their edit applies as it is to the current version.
                CaseInput again = new CaseInput(editTitle, editSummary, editPriority, editDue,
                        editTags == null ? List.of() : List.copyOf(editTags), view.assignee(), null);
                long current = view.version();
                try {
                    saved(cases.edit(ref, current, again));
                    return;
                } catch (RuntimeException retry) {
                    if (!Ui.isStale(retry)) {
                        Ui.attempt(() -> {
                            throw retry;
                        });
                        return;
                    }
                    reloadCase();
                    now = Theirs.of(view);
                }
            }
            // Someone else changed the description: show theirs beside the user's values, keep the user's, and let
            // them apply theirs again on top of the current version.
            theirs = now;
            base = now;
            editVersion = view.version();
            Ui.warn(text("case.stale.warn"));
        }
    }

    private void saved(CaseView saved) {
        view = saved;
        resetEdit();
        timelineLoaded = false;
        Ui.info(text("case.saved"));
    }

    /** Drops the user's unsaved values and takes the case as it is now. */
    public void takeTheirs() {
        resetEdit();
        editing = true;
    }

    // ---------------------------------------------------------------------------------------------
    // Subjects

    public List<PartyOption> suggestParties(String query) {
        if (query == null || query.strip().length() < 2) {
            return List.of();
        }
        List<UUID> linked = view == null ? List.of() : view.subjects().stream().map(PartySummary::id).toList();
        List<PartyOption> found = quietly(() -> parties.list(query.strip(), null, null, 0, PARTY_SUGGESTIONS), Ui::warn)
                .map(page -> page.items().stream().map(p -> PartyOption.of(p, linked.contains(p.id()))).toList())
                .orElse(List.of());
        offered.clear();
        found.forEach(option -> offered.put(option.id(), option));
        return found;
    }

    /** Converts the autocomplete's choice to and from the id it carries in the page. */
    public Converter<PartyOption> getPartyConverter() {
        return new PartyConverter();
    }

    private final class PartyConverter implements Converter<PartyOption> {

        @Override
        public PartyOption getAsObject(FacesContext context, UIComponent component, String value) {
            return value == null || value.isBlank() ? null : offered.get(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, PartyOption value) {
            return value == null ? "" : value.id();
        }
    }

    public void linkSubject() {
        if (party == null) {
            Ui.error(text("case.subject.choose"));
            return;
        }
        UUID id = UUID.fromString(party.id());
        String name = party.name();
        if (change(() -> cases.addSubject(ref, view.version(), id))) {
            party = null;
            Ui.info(text("case.subject.linked", name));
            reloadUnlessEditing();
        }
    }

    public void unlinkSubject(PartySummary subject) {
        if (change(() -> cases.removeSubject(ref, view.version(), subject.id()))) {
            Ui.info(text("case.subject.unlinked", subject.primaryName()));
            reloadUnlessEditing();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Tasks

    public void addTask() {
        TaskInput input = new TaskInput(taskTitle, blankToNull(taskAssignee), taskDue);
        if (Ui.attempt(() -> caseTasks.add(ref, input)).isPresent()) {
            taskTitle = null;
            taskDue = null;
            taskAssignee = null;
            Ui.info(text("case.task.added"));
            afterTaskChange();
        }
    }

    public void completeTask(TaskView task) {
        if (Ui.attempt(() -> caseTasks.complete(ref, task.id())).isPresent()) {
            afterTaskChange();
        }
    }

    public void reopenTask(TaskView task) {
        if (Ui.attempt(() -> caseTasks.reopen(ref, task.id())).isPresent()) {
            afterTaskChange();
        }
    }

    private void afterTaskChange() {
        loadTasks();
        timelineLoaded = false;
    }

    public long getOpenTaskCount() {
        return tasks.stream().filter(t -> !t.done()).count();
    }

    // ---------------------------------------------------------------------------------------------
    // Notes

    public void addNote() {
        String text = noteText;
        Optional<NoteView> added = Ui.attempt(() -> cases.addNote(ref, text));
        if (added.isPresent()) {
            noteText = null;
            loadNotes();
            timelineLoaded = false;
            Ui.info(text("case.note.added"));
        }
    }

    /** Reloads the timeline when something happened since it was read (when its tab is opened). */
    public void timelineShown() {
        if (!timelineLoaded) {
            loadTimeline();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Words

    /** A constant (status, priority, step, kind) in words from this page's bundle. */
    public String label(Object constant) {
        if (constant == null) {
            return "";
        }
        String name = constant.toString();
        Optional<String> words = bundleText("label." + name);
        return words.orElseGet(() -> sentence(name));
    }

    /** A workflow step as a button names it ("Start investigation"). */
    public String stepLabel(String step) {
        return bundleText("step." + step).orElseGet(() -> label(step));
    }

    /** The status as the page head shows it. */
    public String getStatusLabel() {
        return view == null ? "" : label(view.status());
    }

    /** A tab's title with its count ("Tasks (3)"). */
    public String titled(String key, long count) {
        return text("case.count", text(key), count);
    }

    private String actionWords(String action) {
        return bundleText("audit." + action).orElseGet(() -> sentence(action));
    }

    /** The recorded facts in words, without the internal ids a reader cannot use, constants in words. */
    private String details(String json) {
        String readable = AuditDetails.readable(json);
        if (readable.isBlank()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : readable.split("; ")) {
            int colon = part.indexOf(": ");
            String key = colon < 0 ? "" : part.substring(0, colon);
            String value = colon < 0 ? part : part.substring(colon + 2);
            // A fact that is only internal ids ("note: 3f2a…", "subjects: …, …") or a size ("length: 79") tells a reader nothing.
            if (key.equals("length") || UUID_TEXT.matcher(value).find()
                    && UUID_TEXT.matcher(value).replaceAll("").replaceAll("[,\\s]|and|more|\\d", "").isEmpty()) {
                continue;
            }
            String shown = UUID_TEXT.matcher(part).replaceAll("…");
            String kinds = shown.substring(colon < 0 ? 0 : colon + 2);
            if (KINDS_OF_IDS.matcher(kinds).matches()) {
                // "evidence: FILE …, TRADE_RECORD …, FILE …" reads "evidence: 2 × file, 1 × trade record".
                java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
                Matcher kind = CONSTANT.matcher(kinds);
                while (kind.find()) {
                    counts.merge(kind.group(), 1, Integer::sum);
                }
                StringBuilder summary = new StringBuilder();
                counts.forEach((k, n) -> summary.append(summary.length() == 0 ? "" : ", ").append(n).append(" × ")
                        .append(bundleText("label." + k).orElse(k.toLowerCase(Locale.ROOT).replace('_', ' '))));
                kept.add(key + ": " + summary);
                continue;
            }
            Matcher dates = ISO_DATE.matcher(shown);
            StringBuilder dated = new StringBuilder();
            while (dates.find()) {
                dates.appendReplacement(dated, Matcher.quoteReplacement(fmt.date(dates.group())));
            }
            dates.appendTail(dated);
            Matcher constants = CONSTANT.matcher(dated.toString());
            StringBuilder words = new StringBuilder();
            while (constants.find()) {
                Optional<String> label = bundleText("label." + constants.group());
                // A constant without words of its own that is one word (an agency's code: PCU) stays as written.
                String constant = constants.group();
                constants.appendReplacement(words, Matcher.quoteReplacement(label.orElse(constant.indexOf('_') < 0 ? constant
                        : constant.toLowerCase(Locale.ROOT).replace('_', ' '))));
            }
            constants.appendTail(words);
            kept.add(words.toString());
        }
        List<String> named = new ArrayList<>();
        for (String fact : kept) {
            named.add(fieldInWords(fact));
        }
        return String.join("; ", named);
    }

    /** "sharedWith: PCU" as the audit trail's page names the field ("shared with: PCU"), in the reader's language. */
    private static String fieldInWords(String fact) {
        int colon = fact.indexOf(": ");
        if (colon <= 0) {
            return fact;
        }
        String field = fact.substring(0, colon);
        String words = Texts.text(Texts.AUDIT, "field." + field);
        return words.equals("field." + field) ? fact : words + fact.substring(colon);
    }

    private static String sentence(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Optional<String> bundleText(String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.CASES, Texts.locale(), CasePage.class.getClassLoader());
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String text(String key, Object... arguments) {
        return Texts.text(Texts.CASES, key, arguments);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---------------------------------------------------------------------------------------------
    // View state

    /** The case as someone else saved it while the user was editing. */
    public record Theirs(String title, String summary, String priority, LocalDate dueDate, List<String> tags)
            implements Serializable {

        static Theirs of(CaseView view) {
            List<String> tags = view.tags() == null ? List.of() : view.tags().stream().sorted().toList();
            return new Theirs(view.title(), blankToNull(view.summary()), view.priority(), view.dueDate(), tags);
        }

        public String tagsText() {
            return tags == null ? "" : String.join(", ", tags);
        }

        public boolean summaryDiffers(String mine) {
            return !Objects.equals(blankToNull(summary), blankToNull(mine));
        }
    }

    /** One event of the audit trail, in words. */
    public record TimelineEntry(long id, String actor, String agency, String action, String code, String details,
            Instant at) implements Serializable {
    }

    /** A party offered by the subject search. */
    public record PartyOption(String id, String name, String country, String kind, boolean linked) implements Serializable {

        static PartyOption of(PartyView p, boolean linked) {
            return new PartyOption(p.id().toString(), p.primaryName(), p.country(), p.kind(), linked);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Accessors

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        // An ajax postback carries no ?ref=: the view keeps the case it was opened on.
        if (ref != null && !ref.isBlank() || this.ref == null) {
            this.ref = ref;
        }
    }

    public CaseView getView() {
        return view;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isPartnerView() {
        return partnerView;
    }

    /** Whether the caller reads the case in full but may change nothing (an auditor): no edit control at all. */
    public boolean isReadOnly() {
        return partnerView || shell == null || !shell.isWorker();
    }

    public List<TaskView> getTasks() {
        return tasks;
    }

    public String getTasksRefusal() {
        return tasksRefusal;
    }

    public List<NoteView> getNotes() {
        return notes;
    }

    public String getNotesRefusal() {
        return notesRefusal;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public String getTimelineRefusal() {
        return timelineRefusal;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public String getEditSummary() {
        return editSummary;
    }

    public void setEditSummary(String editSummary) {
        this.editSummary = editSummary;
    }

    public String getEditPriority() {
        return editPriority;
    }

    public void setEditPriority(String editPriority) {
        this.editPriority = editPriority;
    }

    public LocalDate getEditDue() {
        return editDue;
    }

    public void setEditDue(LocalDate editDue) {
        this.editDue = editDue;
    }

    public List<String> getEditTags() {
        return editTags;
    }

    public void setEditTags(List<String> editTags) {
        this.editTags = editTags == null ? new ArrayList<>() : new ArrayList<>(editTags);
    }

    public long getEditVersion() {
        return editVersion;
    }

    public Theirs getTheirs() {
        return theirs;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getCloseRationale() {
        return closeRationale;
    }

    public void setCloseRationale(String closeRationale) {
        this.closeRationale = closeRationale;
    }

    public String getDecisionOutcome() {
        return decisionOutcome;
    }

    public String getDecisionStep() {
        return decisionStep;
    }

    public String getDecisionRationale() {
        return decisionRationale;
    }

    public void setDecisionRationale(String decisionRationale) {
        this.decisionRationale = decisionRationale;
    }

    public LocalDate getPublishDate() {
        return publishDate;
    }

    public void setPublishDate(LocalDate publishDate) {
        this.publishDate = publishDate;
    }

    public PartyOption getParty() {
        return party;
    }

    public void setParty(PartyOption party) {
        this.party = party;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public LocalDate getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(LocalDate taskDue) {
        this.taskDue = taskDue;
    }

    public String getTaskAssignee() {
        return taskAssignee;
    }

    public void setTaskAssignee(String taskAssignee) {
        this.taskAssignee = taskAssignee;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}
