package org.interdict.domain.model.casefile;

/**
 * Where a case stands in the designation workflow.
 *
 * <pre>
 * OPEN -> INVESTIGATING -> PROPOSED -> APPROVED -> DESIGNATED
 *                 ^            |
 *                 +-- RETURNED-+--> REJECTED -> CLOSED
 * any state before APPROVED -> CLOSED_NO_ACTION (supervisor)
 * </pre>
 */
public enum CaseStatus {
    /** Opened, nobody has started work on it yet. */
    OPEN,
    /** An analyst gathers evidence and links parties. */
    INVESTIGATING,
    /** A designation is proposed and waits for a supervisor's decision. */
    PROPOSED,
    /** A supervisor sent the proposal back for more work. */
    RETURNED,
    /** A supervisor approved the proposal; the designation is not yet published. */
    APPROVED,
    /** The designation is published. The decision record is final. */
    DESIGNATED,
    /** A supervisor rejected the proposal. */
    REJECTED,
    /** Closed after a rejection. */
    CLOSED,
    /** Closed by a supervisor before any approval, without a measure. */
    CLOSED_NO_ACTION;

    /** A closed case (after a rejection, or without action): its file is complete, its notes and tasks frozen. */
    public boolean isClosed() {
        return this == CLOSED || this == CLOSED_NO_ACTION;
    }

    /** No transition leaves this state. */
    public boolean isFinal() {
        return Workflow.transitionsFrom(this).isEmpty();
    }
}
