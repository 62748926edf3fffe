package org.interdict.domain.model.casefile;

/**
 * How a proposal ended: a supervisor's decision (approved, returned, rejected), or withdrawn when a
 * supervisor closed its case without action before deciding it.
 */
public enum DecisionOutcome {
    APPROVED(Transition.APPROVE),
    RETURNED(Transition.RETURN_FOR_WORK),
    REJECTED(Transition.REJECT),
    WITHDRAWN(Transition.CLOSE_NO_ACTION);

    private final Transition transition;

    DecisionOutcome(Transition transition) {
        this.transition = transition;
    }

    /** Whether a supervisor may choose this outcome when deciding a proposal (withdrawal comes with closing the case). */
    public boolean isDecision() {
        return transition.isDecision();
    }

    /** The workflow step that this decision takes. */
    public Transition transition() {
        return transition;
    }
}
