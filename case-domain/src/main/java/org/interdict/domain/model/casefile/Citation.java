package org.interdict.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.util.Objects;

/**
 * That one reason of a proposal's statement cites one piece of evidence: the row behind
 * {@link Proposal.Reason#evidence()}. Kept apart from the reasons because a reason is a paragraph and
 * its citations a list, and a list cannot live inside a list element.
 */
@Embeddable
class Citation {

    /** The position of the cited reason among the proposal's reasons, from 0. */
    @Column(name = "reason_position", nullable = false)
    private int reason;

    @Embedded
    private EvidenceRef evidence;

    protected Citation() {
        // for JPA
    }

    Citation(int reason, EvidenceRef evidence) {
        this.reason = reason;
        this.evidence = Objects.requireNonNull(evidence);
    }

    int reason() {
        return reason;
    }

    EvidenceRef evidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Citation c && reason == c.reason && evidence.equals(c.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, evidence);
    }
}
