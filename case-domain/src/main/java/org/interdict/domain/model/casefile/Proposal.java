package org.interdict.domain.model.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.interdict.domain.model.shared.PlainText;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A proposed measure against the subjects of a case: what, on which legal basis, for which reasons,
 * relying on which evidence; and, once a supervisor has decided, the decision with its rationale.
 * A decision is made once and never changes (the database refuses it too).
 */
@Entity
@Table(name = "proposal")
public class Proposal {

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
    @Column(name = "evidence_ref", length = 100)
    private Set<String> evidence = new LinkedHashSet<>();

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

    public Proposal(UUID caseId, Measure measure, String legalBasis, String statementOfReasons, Set<UUID> subjects,
            Set<String> evidence, String proposedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = Objects.requireNonNull(caseId);
        this.measure = Objects.requireNonNull(measure, "A proposal needs a measure");
        this.legalBasis = required(legalBasis, "A proposal needs a legal basis", 1000);
        this.statementOfReasons = required(statementOfReasons, "A proposal needs a statement of reasons", 20_000);
        if (subjects == null || subjects.isEmpty()) {
            throw new IllegalArgumentException("A proposal must name at least one subject party");
        }
        this.subjects = new LinkedHashSet<>(subjects);
        this.evidence = evidence == null ? new LinkedHashSet<>() : new LinkedHashSet<>(evidence);
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.proposedAt = now;
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

    public Set<String> evidence() {
        return Collections.unmodifiableSet(evidence);
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
