package org.interdict.domain.model.casefile;

/** What a supervisor decided on a proposal. */
public enum DecisionOutcome {
    APPROVED(Transition.APPROVE),
    RETURNED(Transition.RETURN_FOR_WORK),
    REJECTED(Transition.REJECT);

    private final Transition transition;

    DecisionOutcome(Transition transition) {
        this.transition = transition;
    }

    /** The workflow step that this decision takes. */
    public Transition transition() {
        return transition;
    }
}
