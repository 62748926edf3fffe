package org.interdict.domain.model.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.interdict.domain.model.shared.PlainText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A proposed measure against the subjects of a case: what, on which legal basis, for which reasons,
 * relying on which evidence; and, once a supervisor has decided, the decision with its rationale.
 * A decision is made once and never changes (the database refuses it too).
 *
 * <p>A proposal relies on evidence: at least one file or trade record of its case (DESIGN: "a proposal
 * must name at least one subject party and at least one piece of evidence"). Its statement of reasons
 * may be given as numbered reasons, each citing the evidence that supports it, so that whoever decides
 * reads each claim beside what proves it; whatever a reason cites, the proposal relies on. Whether an
 * id is evidence of the case is the application's to check; this class keeps the shape.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    /** The most reasons one statement may have. */
    public static final int MAX_REASONS = 50;

    /** The most characters one reason may have. */
    public static final int MAX_REASON = 5_000;

    /** The most pieces of evidence one proposal may rely on (named and cited together). */
    public static final int MAX_EVIDENCE = 200;

    private static final int MAX_STATEMENT = 20_000;

    /** One numbered reason of the statement and the evidence it cites (none, when it argues from the others). */
    public record Reason(String text, List<EvidenceRef> evidence) {

        public Reason {
            evidence = evidence == null ? List.of() : List.copyOf(new LinkedHashSet<>(evidence));
        }
    }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, length = 24)
    private Measure measure;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "statement_of_reasons", nullable = false, length = 20000)
    private String statementOfReasons;

    @ElementCollection
    @CollectionTable(name = "proposal_subject", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "party_id")
    private Set<UUID> subjects = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "proposal_evidence", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<EvidenceRef> evidence = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "proposal_reason", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = MAX_REASON)
    private List<String> reasons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "proposal_citation", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16)
    private DecisionOutcome outcome;

    @Column(name = "rationale", length = 20000)
    private String rationale;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Proposal() {
        // for JPA
    }

    /**
     * A proposal as its proposer makes it.
     *
     * @param statementOfReasons the statement; may be left out when reasons are given, and is then composed of
     *                           them as numbered paragraphs; when both are given, the statement is the summary
     * @param reasons            the numbered reasons with their citations, or none
     * @param evidence           the evidence relied on besides what the reasons cite
     */
    public Proposal(UUID caseId, Measure measure, String legalBasis, String statementOfReasons, List<Reason> reasons,
            Set<UUID> subjects, List<EvidenceRef> evidence, String proposedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = Objects.requireNonNull(caseId);
        this.measure = Objects.requireNonNull(measure, "A proposal needs a measure");
        this.legalBasis = required(legalBasis, "A proposal needs a legal basis", 1000);
        if (subjects == null || subjects.isEmpty()) {
            throw new IllegalArgumentException("A proposal must name at least one subject party");
        }
        List<Reason> given = reasons == null ? List.of() : reasons;
        if (given.size() > MAX_REASONS) {
            throw new IllegalArgumentException("A statement of reasons has at most " + MAX_REASONS + " reasons, not " + given.size());
        }
        Set<EvidenceRef> relied = new LinkedHashSet<>(evidence == null ? List.of() : evidence);
        for (int i = 0; i < given.size(); i++) {
            Reason reason = Objects.requireNonNull(given.get(i), "A reason is missing (null) in the list");
            if (PlainText.isBlank(reason.text())) {
                throw new IllegalArgumentException("Reason " + (i + 1) + " has no text: write what it claims");
            }
            this.reasons.add(PlainText.paragraphs(reason.text(), "reason " + (i + 1), MAX_REASON));
            for (EvidenceRef cited : reason.evidence()) {
                this.citations.add(new Citation(i, cited));
                relied.add(cited);
            }
        }
        if (relied.isEmpty()) {
            throw new IllegalArgumentException("A proposal must rely on at least one piece of evidence");
        }
        if (relied.size() > MAX_EVIDENCE) {
            throw new IllegalArgumentException("A proposal relies on at most " + MAX_EVIDENCE + " pieces of evidence, not "
                    + relied.size());
        }
        this.evidence = new ArrayList<>(relied);
        this.statementOfReasons = PlainText.isBlank(statementOfReasons) && !this.reasons.isEmpty()
                ? composed(this.reasons) : required(statementOfReasons, "A proposal needs a statement of reasons", MAX_STATEMENT);
        this.subjects = new LinkedHashSet<>(subjects);
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.proposedAt = now;
    }

    /** The reasons as numbered paragraphs: the statement when the proposer wrote none besides them. */
    static String composed(List<String> reasons) {
        StringBuilder statement = new StringBuilder();
        for (int i = 0; i < reasons.size(); i++) {
            statement.append(i == 0 ? "" : "\n\n").append(i + 1).append(". ").append(reasons.get(i));
        }
        if (statement.length() > MAX_STATEMENT) {
            throw new IllegalArgumentException("The reasons together are longer than a statement of reasons may be ("
                    + MAX_STATEMENT + " characters); shorten them");
        }
        return statement.toString();
    }

    /** Records a supervisor's decision. Four eyes: the proposer never decides their own proposal. */
    public void decide(DecisionOutcome decision, String why, String decider, Instant now) {
        if (isDecided()) {
            throw new IllegalStateException("This proposal was already decided (" + outcome + " by " + decidedBy + ")");
        }
        if (decider.equals(proposedBy)) {
            throw new IllegalStateException("The proposer cannot decide their own proposal (four-eyes rule)");
        }
        String checkedRationale = required(why, "A decision needs a written rationale", 20_000);
        this.outcome = Objects.requireNonNull(decision);
        this.rationale = checkedRationale;
        this.decidedBy = decider;
        this.decidedAt = now;
    }

    /**
     * Ends a pending proposal because its case was closed without action; the closing supervisor's
     * reasons are kept as the rationale. Not a decision on its merits, so four eyes do not apply.
     */
    public void withdraw(String why, String supervisor, Instant now) {
        if (isDecided()) {
            throw new IllegalStateException("This proposal was already decided (" + outcome + " by " + decidedBy + ")");
        }
        this.rationale = required(why, "A withdrawal needs a written rationale", 20_000);
        this.outcome = DecisionOutcome.WITHDRAWN;
        this.decidedBy = Objects.requireNonNull(supervisor);
        this.decidedAt = now;
    }

    private static String required(String value, String message, int max) {
        if (PlainText.isBlank(value)) {
            throw new IllegalArgumentException(message);
        }
        return PlainText.paragraphs(value, message.replaceFirst("^A (.*) needs (a |an )?(written )?", "the "), max);
    }

    public boolean isDecided() {
        return outcome != null;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Measure measure() {
        return measure;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String statementOfReasons() {
        return statementOfReasons;
    }

    public Set<UUID> subjects() {
        return Collections.unmodifiableSet(subjects);
    }

    /** Everything the proposal relies on: the evidence named and the evidence its reasons cite, each once. */
    public List<EvidenceRef> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    /** The numbered reasons with their citations, in order; empty when the statement was written as one text. */
    public List<Reason> reasons() {
        List<Reason> all = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            int position = i;
            all.add(new Reason(reasons.get(i), citations.stream().filter(c -> c.reason() == position).map(Citation::evidence).toList()));
        }
        return List.copyOf(all);
    }

    /** Whether the proposal still stands on its evidence: pending, or approved (and so perhaps published). */
    public boolean stands() {
        return outcome == null || outcome == DecisionOutcome.APPROVED;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public String rationale() {
        return rationale;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Proposal p && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
