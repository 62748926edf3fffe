package org.interdict.web.ui.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.ConflictException;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.casefile.ProposalView;
import org.interdict.application.evidence.EvidenceItem;
import org.interdict.application.evidence.EvidenceTextService;
import org.interdict.application.evidence.ReliedEvidence;
import org.interdict.application.party.PartySummary;
import org.interdict.application.trade.TradeRecordService;
import org.interdict.application.trade.TradeRecordView;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Shell;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The review of a proposal ({@code /review.xhtml?ref=ICT-…}): the case, the statement of reasons with
 * each numbered reason beside the evidence it cites (PDFs and images previewed in the page, other files
 * by an excerpt of their text, trade records as a table), and the decision. The steps offered are the
 * case's {@link CaseView#allowedSteps()}; a supervisor looking at their own proposal is told before they
 * try that another supervisor decides it; a decision that came second is told who decided first, and how.
 */
@Named("reviewPage")
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most characters of a file's text shown as its excerpt. */
    static final int EXCERPT = 700;
    /** The media types shown in the page (the preview servlet sends no other). */
    static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    static final String PDF = "application/pdf";

    @Inject
    CaseService cases;

    @Inject
    EvidenceTextService texts;

    @Inject
    TradeRecordService tradeRecords;

    @Inject
    Shell shell;

    @Inject
    People people;

    @Inject
    Formats fmt;

    private String ref;
    private CaseView view;
    private String refusal;
    private List<ProposalView> proposals = List.of();
    private List<EvidenceGroup> groups = List.of();
    private final Map<UUID, String> excerpts = new HashMap<>();

    // The decision being made.
    private String decisionStep;
    private String decisionOutcome;
    private String rationale;
    /** Why the decision dialog's last attempt was refused, shown in the dialog (the page's messages are behind it). */
    private String decisionRefusal;
    private LocalDate publishDate;
    private boolean published;

    /** One numbered reason (or, for a statement written as one text, all the evidence) with what it cites. */
    public record EvidenceGroup(String heading, String text, List<ReliedEvidence> files, List<TradeRow> trades,
            List<ReliedEvidence> others) {

        /** Nothing cited (the page says so). */
        public boolean isUncited() {
            return files.isEmpty() && trades.isEmpty() && others.isEmpty();
        }
    }

    /** A cited trade record: as the proposal shows it, with its full record when the caller may read it. */
    public record TradeRow(ReliedEvidence cited, TradeRecordView record) {

        public String destination() {
            return record == null ? null : record.destinationCountry();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Loading

    /** The view action: the case and its proposals; a refusal is shown in words instead. */
    public void load() {
        if (ref == null || ref.isBlank()) {
            refusal = text("review.missing.ref");
            return;
        }
        ref = ref.strip();
        reload();
    }

    private void reload() {
        Optional<CaseView> found = Ui.attempt(() -> cases.get(ref));
        if (found.isEmpty()) {
            refusal = text("review.unavailable", ref);
            view = null;
            return;
        }
        view = found.get();
        proposals = Ui.attempt(() -> cases.proposals(ref)).orElse(List.of());
        ProposalView shown = getProposal();
        groups = shown == null ? List.of() : groups(shown);
    }

    private List<EvidenceGroup> groups(ProposalView p) {
        List<EvidenceGroup> result = new ArrayList<>();
        Map<UUID, TradeRecordView> records = new HashMap<>();
        if (p.reasons().isEmpty()) {
            result.add(group(text("review.statement.heading"), p.statementOfReasons(), p.evidence(), records));
        } else {
            Set<UUID> cited = new java.util.HashSet<>();
            for (ProposalView.ReasonView reason : p.reasons()) {
                result.add(group(text("review.reason.n", reason.number()), reason.text(), reason.evidence(), records));
                reason.evidence().forEach(e -> cited.add(e.id()));
            }
            List<ReliedEvidence> besides = p.evidence().stream().filter(e -> !cited.contains(e.id())).toList();
            if (!besides.isEmpty()) {
                result.add(group(text("review.besides.heading"), text("review.besides.text"), besides, records));
            }
        }
        return List.copyOf(result);
    }

    private EvidenceGroup group(String heading, String text, List<ReliedEvidence> cited, Map<UUID, TradeRecordView> records) {
        List<ReliedEvidence> files = new ArrayList<>();
        List<TradeRow> trades = new ArrayList<>();
        List<ReliedEvidence> others = new ArrayList<>();
        for (ReliedEvidence e : cited) {
            if (e.available() && EvidenceItem.FILE.equals(e.kind())) {
                files.add(e);
                if (previewKind(e).equals("text") && !excerpts.containsKey(e.id())) {
                    excerpts.put(e.id(), excerptOf(e.id()));
                }
            } else if (e.available() && EvidenceItem.TRADE_RECORD.equals(e.kind())) {
                TradeRecordView record = records.computeIfAbsent(e.id(), id -> quietly(() -> tradeRecords.get(id)));
                trades.add(new TradeRow(e, record));
            } else {
                others.add(e);
            }
        }
        return new EvidenceGroup(heading, text, List.copyOf(files), List.copyOf(trades), List.copyOf(others));
    }

    private String excerptOf(UUID id) {
        EvidenceTextService.EvidenceText read = quietly(() -> texts.text(id));
        if (read == null || read.text() == null || read.text().isBlank()) {
            return null;
        }
        String t = read.text().strip();
        return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT).strip() + " …";
    }

    /** A call whose refusal leaves a part of the page out rather than failing it (the part says it is missing). */
    private static <T> T quietly(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (Ui.inWords(e).isEmpty()) {
                throw e;
            }
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // What the page shows

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public CaseView getView() {
        return view;
    }

    public String getRefusal() {
        return refusal;
    }

    /** The proposal under review: the pending one, else the latest decided one (after a decision). */
    public ProposalView getProposal() {
        if (view != null && view.pendingProposal() != null) {
            return view.pendingProposal();
        }
        return proposals.stream().max(Comparator.comparing(ProposalView::proposedAt)).orElse(null);
    }

    /** The subjects the proposal names (those a publication designates), as the case lists them. */
    public List<PartySummary> getProposalSubjects() {
        ProposalView p = getProposal();
        if (view == null) {
            return List.of();
        }
        if (p == null || p.subjects().isEmpty()) {
            return view.subjects();
        }
        return view.subjects().stream().filter(s -> p.subjects().contains(s.id())).toList();
    }

    public boolean isPending() {
        return view != null && view.pendingProposal() != null;
    }

    /** Earlier and decided proposals of the case, the latest first. */
    public List<ProposalView> getHistory() {
        return proposals.stream().filter(p -> p.outcome() != null)
                .sorted(Comparator.comparing(ProposalView::decidedAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    public List<EvidenceGroup> getGroups() {
        return groups;
    }

    /** The viewer proposed the pending proposal: four eyes, another supervisor decides it. */
    public boolean isOwnProposal() {
        return isPending() && shell.getProfile() != null
                && view.pendingProposal().proposedBy().equals(shell.getProfile().username());
    }

    public boolean allows(String step) {
        return view != null && view.allowedSteps().contains(step);
    }

    /** How the page shows a file: "pdf" or "image" in the page, else "text" (an excerpt of what was read). */
    public String previewKind(ReliedEvidence e) {
        String type = e.mediaType() == null ? "" : e.mediaType().toLowerCase(Locale.ROOT);
        if (type.equals(PDF)) {
            return "pdf";
        }
        return IMAGES.contains(type) ? "image" : "text";
    }

    public String excerpt(UUID id) {
        return excerpts.get(id);
    }

    /** The first 12 hexadecimal digits of a SHA-256: enough to tell files apart when reading. */
    public String shortHash(String sha256) {
        return sha256 == null || sha256.length() <= 12 ? sha256 : sha256.substring(0, 12) + "…";
    }

    public String who(String username) {
        return people.name(username);
    }

    public String text(String key, Object... arguments) {
        return Texts.text(Texts.DECISIONS, key, arguments);
    }

    /** For the page (EL calls fixed arities most reliably): the text with one, two or three arguments. */
    public String text1(String key, Object first) {
        return text(key, first);
    }

    public String text2(String key, Object first, Object second) {
        return text(key, first, second);
    }

    public String text3(String key, Object first, Object second, Object third) {
        return text(key, first, second, third);
    }

    /** A constant (measure, outcome, kind …) in words, from this page's bundle when it has them. */
    public String words(String prefix, String constant) {
        if (constant == null) {
            return "";
        }
        String key = prefix + "." + constant;
        String found = Texts.text(Texts.DECISIONS, key);
        return found.equals(key) ? fmt.label(constant) : found;
    }

    // ---------------------------------------------------------------------------------------------
    // Deciding

    /** The decision dialog: step and outcome come from the page (the application names them, not this bean). */
    public void prepareDecision(String step, String outcome) {
        decisionStep = step;
        decisionOutcome = outcome;
        rationale = null;
        decisionRefusal = null;
    }

    /** The step being decided, as its button names it ("Approve"). */
    public String getDecisionLabel() {
        return decisionStep == null ? "" : text("step." + decisionStep);
    }

    /** What the step does, in words ("The case becomes Approved; the analyst is told."). */
    public String getDecisionEffect() {
        return decisionStep == null ? "" : text("decide.effect." + decisionStep);
    }

    public String getDecisionRefusal() {
        return decisionRefusal;
    }

    public void decide() {
        decisionRefusal = null;
        if (rationale == null || rationale.isBlank()) {
            decisionRefusal = text("decide.rationale.required");
            Ui.error(decisionRefusal);
            return;
        }
        ProposalView deciding = view.pendingProposal();
        String outcome = decisionOutcome;
        String why = rationale;
        long version = view.version();
        try {
            view = cases.decide(ref, version, outcome, why);
            rationale = null;
            Ui.info(text("decide.done." + decisionStep, fmt.label(view.status())));
            reload();
        } catch (RuntimeException e) {
            boolean movedOn = Ui.isStale(e) || e instanceof ConflictException;
            decisionRefusal = Ui.inWords(e).orElse(null);
            if (!movedOn) {
                Ui.attempt(() -> {
                    throw e;
                });
                return;
            }
            reload();
            Optional<ProposalView> decided = deciding == null ? Optional.empty()
                    : proposals.stream().filter(p -> p.id().equals(deciding.id()) && p.outcome() != null).findFirst();
            if (decided.isPresent()) {
                ProposalView d = decided.get();
                Ui.error(text("decide.already", who(d.decidedBy()), words("outcome", d.outcome()),
                        fmt.dateTime(d.decidedAt())));
                // Nothing is left to decide here: the dialog closes and the page shows the decision taken.
                decisionRefusal = null;
                rationale = null;
                org.primefaces.PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
            } else {
                Ui.attempt(() -> {
                    throw e;
                });
            }
        }
    }

    public void preparePublish() {
        publishDate = LocalDate.now();
    }

    public void publish() {
        LocalDate effective = publishDate;
        long version = view.version();
        boolean done = Ui.run(() -> cases.publish(ref, version, effective));
        reload();
        if (done) {
            published = true;
            Ui.info(text("publish.done", fmt.date(effective == null ? LocalDate.now() : effective)));
        }
    }

    public String getDecisionStep() {
        return decisionStep;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public LocalDate getPublishDate() {
        return publishDate;
    }

    public void setPublishDate(LocalDate publishDate) {
        this.publishDate = publishDate;
    }

    public boolean isPublished() {
        return published;
    }
}
