package org.interdict.domain.model.casefile;

import static org.interdict.domain.model.casefile.CaseStatus.APPROVED;
import static org.interdict.domain.model.casefile.CaseStatus.CLOSED;
import static org.interdict.domain.model.casefile.CaseStatus.CLOSED_NO_ACTION;
import static org.interdict.domain.model.casefile.CaseStatus.DESIGNATED;
import static org.interdict.domain.model.casefile.CaseStatus.INVESTIGATING;
import static org.interdict.domain.model.casefile.CaseStatus.OPEN;
import static org.interdict.domain.model.casefile.CaseStatus.PROPOSED;
import static org.interdict.domain.model.casefile.CaseStatus.REJECTED;
import static org.interdict.domain.model.casefile.CaseStatus.RETURNED;

import org.interdict.domain.model.casefile.Workflow.Actor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a case can take, each named as the users name it, with the states it leaves from, the
 * state it leads to and who may take it. This table is the one home of the workflow: no interface
 * (REST, web UI, import) decides a transition any other way.
 */
public enum Transition {

    START_INVESTIGATION(EnumSet.of(OPEN), INVESTIGATING, EnumSet.of(Actor.ANALYST, Actor.SUPERVISOR), false),
    PROPOSE(EnumSet.of(INVESTIGATING), PROPOSED, EnumSet.of(Actor.ANALYST, Actor.SUPERVISOR), false),
    APPROVE(EnumSet.of(PROPOSED), APPROVED, EnumSet.of(Actor.SUPERVISOR), true),
    RETURN_FOR_WORK(EnumSet.of(PROPOSED), RETURNED, EnumSet.of(Actor.SUPERVISOR), true),
    REJECT(EnumSet.of(PROPOSED), REJECTED, EnumSet.of(Actor.SUPERVISOR), true),
    RESUME_INVESTIGATION(EnumSet.of(RETURNED), INVESTIGATING, EnumSet.of(Actor.ANALYST, Actor.SUPERVISOR), false),
    PUBLISH(EnumSet.of(APPROVED), DESIGNATED, EnumSet.of(Actor.SUPERVISOR), false),
    CLOSE(EnumSet.of(REJECTED), CLOSED, EnumSet.of(Actor.SUPERVISOR), false),
    CLOSE_NO_ACTION(EnumSet.of(OPEN, INVESTIGATING, PROPOSED, RETURNED), CLOSED_NO_ACTION, EnumSet.of(Actor.SUPERVISOR), false) {
        /** Closing without action is a decision not to act: a pending proposal ends with it, so it needs reasons too. */
        @Override
        public boolean needsRationale() {
            return true;
        }
    };

    private final Set<CaseStatus> from;
    private final CaseStatus to;
    private final Set<Actor> allowedActors;
    private final boolean decision;

    Transition(Set<CaseStatus> from, CaseStatus to, Set<Actor> allowedActors, boolean decision) {
        this.from = Collections.unmodifiableSet(from);
        this.to = to;
        this.allowedActors = Collections.unmodifiableSet(allowedActors);
        this.decision = decision;
    }

    public Set<CaseStatus> from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    /** Who may take this step (always within the case's owning agency). */
    public Set<Actor> allowedActors() {
        return allowedActors;
    }

    /**
     * A decision on a proposal: needs a written rationale and is subject to four eyes (never taken
     * by the person who proposed).
     */
    public boolean isDecision() {
        return decision;
    }

    /** Whether the step needs written reasons: every decision, and closing a case without action. */
    public boolean needsRationale() {
        return decision;
    }
}
