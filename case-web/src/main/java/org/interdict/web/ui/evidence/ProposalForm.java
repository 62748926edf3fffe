package org.interdict.web.ui.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.casefile.ProposalInput;
import org.interdict.application.casefile.ProposalView;
import org.interdict.application.evidence.EvidenceItem;
import org.interdict.application.evidence.EvidenceView;
import org.interdict.application.evidence.ReliedEvidence;
import org.interdict.application.evidence.TradeEvidenceService;
import org.interdict.application.evidence.TradeEvidenceView;
import org.interdict.application.party.PartySummary;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The proposal part of the case page: the pending proposal as the supervisor reads it, or (when the case
 * allows the step) the form to propose a measure with numbered reasons, each citing the evidence of the
 * case that supports it. The service decides what is allowed and checks the proposal; the form keeps the
 * version of the case it was loaded with, so that a proposal is never made on a case that changed meanwhile.
 */
@Named("proposalForm")
@ViewScoped
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The workflow step, as CaseView.allowedSteps names it. */
    static final String PROPOSE_STEP = "PROPOSE";

    /** The measures a proposal may name, as the application lists them. */
    static final List<String> MEASURES = ProposalInput.MEASURES;

    /** The most reasons the form offers (the statement may hold more; the service checks its own limit). */
    public static final int MAX_REASONS = 20;

    /** One piece of evidence the reasons can cite: its id and how the list names it. */
    public record Option(String id, String label) {
    }

    /** One numbered reason and the ids of the evidence it cites. */
    public static class Reason implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private List<String> evidence = new ArrayList<>();

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public List<String> getEvidence() {
            return evidence;
        }

        public void setEvidence(List<String> evidence) {
            this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
        }
    }

    @Inject
    CaseAtHand caseAtHand;

    @Inject
    CaseService cases;

    @Inject
    TradeEvidenceService tradeEvidence;

    @Inject
    Formats fmt;

    private Long version;
    private String measure;
    private String legalBasis;
    private String statement;
    private final List<Reason> reasons = new ArrayList<>();
    private int reasonCount = 1;
    // Records (not serializable): a view restored elsewhere reads them again.
    private transient List<Option> evidenceOptions;
    private transient List<ProposalView> earlier;

    @PostConstruct
    void init() {
        CaseView view = caseAtHand.view();
        version = view == null ? null : view.version();
        for (int i = 0; i < MAX_REASONS; i++) {
            reasons.add(new Reason());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Actions

    public void addReason() {
        if (reasonCount < MAX_REASONS) {
            reasonCount++;
        } else {
            Ui.warn(Texts.text(Texts.EVIDENCE, "proposal.reasons.max", MAX_REASONS));
        }
    }

    public void removeReason(int index) {
        if (reasonCount <= 1 || index < 0 || index >= reasonCount) {
            return;
        }
        reasons.remove(index);
        reasons.add(new Reason());
        reasonCount--;
    }

    /** Sends the proposal; on success the case page is loaded again and shows it awaiting a decision. */
    public void propose() {
        String reference = caseAtHand.reference();
        List<ProposalInput.ReasonInput> given = new ArrayList<>();
        for (int i = 0; i < reasonCount; i++) {
            Reason reason = reasons.get(i);
            boolean written = reason.getText() != null && !reason.getText().isBlank();
            if (written || !reason.getEvidence().isEmpty()) {
                given.add(new ProposalInput.ReasonInput(written ? reason.getText().strip() : null, List.copyOf(reason.getEvidence())));
            }
        }
        ProposalInput input = new ProposalInput(blankToNull(measure), blankToNull(legalBasis), blankToNull(statement), null, null,
                given);
        Ui.attempt(() -> cases.propose(reference, version, input)).ifPresent(proposed -> {
            Ui.info(Texts.text(Texts.EVIDENCE, "proposal.sent", proposed.reference()));
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/case.xhtml?ref="
                        + URLEncoder.encode(proposed.reference(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------
    // What the page shows

    /** The proposal waiting for a decision, if any (null for a partner, who does not see proposals). */
    public ProposalView getPending() {
        CaseView view = caseAtHand.view();
        return view == null ? null : view.pendingProposal();
    }

    /**
     * Whether the pending proposal has a summary of its own beside its reasons; without one, its statement is
     * the reasons as numbered paragraphs, which the page already lists.
     */
    public boolean isPendingSummary() {
        ProposalView pending = getPending();
        if (pending == null || pending.statementOfReasons() == null || pending.statementOfReasons().isBlank()) {
            return false;
        }
        if (pending.reasons() == null || pending.reasons().isEmpty()) {
            return true;
        }
        String numbered = pending.reasons().stream().map(r -> r.number() + ". " + r.text()).collect(Collectors.joining("\n\n"));
        return !numbered.strip().equals(pending.statementOfReasons().strip());
    }

    /** Whether the caller may propose on this case now: the service's allowed steps say so. */
    public boolean isProposable() {
        CaseView view = caseAtHand.view();
        return view != null && getPending() == null && view.allowedSteps() != null && view.allowedSteps().contains(PROPOSE_STEP);
    }

    /** The case's subjects by name: a proposal made here is against all of them. */
    public String getSubjects() {
        CaseView view = caseAtHand.view();
        if (view == null || view.subjects() == null) {
            return "";
        }
        return view.subjects().stream().map(PartySummary::primaryName).collect(Collectors.joining(", "));
    }

    public boolean isWithoutSubjects() {
        CaseView view = caseAtHand.view();
        return view != null && (view.subjects() == null || view.subjects().isEmpty());
    }

    public List<String> getMeasures() {
        return MEASURES;
    }

    /** A measure in words, from this part's texts. */
    public String measureLabel(String constant) {
        return constant == null ? "" : Texts.text(Texts.EVIDENCE, "measure." + constant);
    }

    /** The case's evidence the reasons can cite: its files by name, its trade records by declaration and date. */
    public List<Option> getEvidenceOptions() {
        if (evidenceOptions == null) {
            String reference = caseAtHand.reference();
            List<EvidenceItem> items = reference == null ? List.of()
                    : CaseReference.quietly(() -> tradeEvidence.evidence(reference)).orElse(List.of());
            Map<String, Long> lines = new HashMap<>();
            for (EvidenceItem item : items) {
                if (item instanceof TradeEvidenceView record) {
                    lines.merge(record.declarationNumber(), 1L, Long::sum);
                }
            }
            List<Option> options = new ArrayList<>();
            for (EvidenceItem item : items) {
                if (item instanceof EvidenceView file) {
                    options.add(new Option(file.id().toString(), file.name()));
                } else if (item instanceof TradeEvidenceView record) {
                    options.add(new Option(record.id().toString(), record.aggregated()
                            ? Texts.text(Texts.EVIDENCE, "proposal.evidence.total", fmt.tradeDate(record.declarationDate(),
                                    record.datePrecision()), record.exporterName(), record.consigneeName())
                            : tradeLabel(record.declarationNumber(), record.lineNumber(), record.declarationDate(),
                                    record.lineNumber() != null && lines.getOrDefault(record.declarationNumber(), 1L) > 1)));
                }
            }
            evidenceOptions = options;
        }
        return evidenceOptions;
    }

    public boolean isWithoutEvidence() {
        return getEvidenceOptions().isEmpty();
    }

    /** How a proposal names a piece of evidence it relies on. */
    public String reliedLabel(ReliedEvidence relied) {
        if (relied == null) {
            return "";
        }
        if (!relied.available()) {
            return Texts.text(Texts.EVIDENCE, "proposal.evidence.unavailable");
        }
        if (EvidenceItem.FILE.equals(relied.kind())) {
            return relied.name();
        }
        if (EvidenceItem.TRADE_RECORD.equals(relied.kind())) {
            if (relied.declarationNumber() == null) {
                return Texts.text(Texts.EVIDENCE, "proposal.evidence.total", fmt.tradeDate(relied.declarationDate(), "MONTH"),
                        relied.exporterName(), relied.consigneeName());
            }
            return tradeLabel(relied.declarationNumber(), relied.lineNumber(), relied.declarationDate(),
                    relied.lineNumber() != null && relied.lineNumber() > 1);
        }
        return relied.writtenAs();
    }

    private String tradeLabel(String declaration, Integer line, Object date, boolean withLine) {
        return withLine ? Texts.text(Texts.EVIDENCE, "proposal.evidence.tradeLine", declaration, fmt.date(date), line)
                : Texts.text(Texts.EVIDENCE, "proposal.evidence.trade", declaration, fmt.date(date));
    }

    /** Decided proposals of the case, newest first (returned ones carry the supervisor's reasons). */
    public List<ProposalView> getEarlier() {
        if (earlier == null) {
            String reference = caseAtHand.reference();
            List<ProposalView> all = reference == null ? List.of()
                    : CaseReference.quietly(() -> cases.proposals(reference)).orElse(List.of());
            List<ProposalView> decided = new ArrayList<>(all.stream().filter(p -> p.outcome() != null).toList());
            decided.sort((a, b) -> b.proposedAt().compareTo(a.proposedAt()));
            earlier = decided;
        }
        return earlier;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---------------------------------------------------------------------------------------------
    // Form fields

    public String getReference() {
        return caseAtHand.reference();
    }

    public Long getVersion() {
        return version;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<Reason> getReasons() {
        return reasons;
    }

    public int getReasonCount() {
        return reasonCount;
    }

    public int getMaxReasons() {
        return MAX_REASONS;
    }
}
