package org.interdict.domain.model.casefile;

import org.interdict.domain.model.shared.PlainText;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The designation workflow as one plain-Java state table: whether a given person may take a given
 * step from a given state, and if not, why not. The rules, from the product design:
 * <ul>
 * <li>only an analyst or supervisor of the owning agency moves a case or proposes;</li>
 * <li>only a supervisor decides a proposal, never one they proposed themselves (four eyes);</li>
 * <li>a decision, and closing a case without action, needs a written rationale.</li>
 * </ul>
 */
public final class Workflow {

    /** What the workflow needs to know of a person's roles. */
    public enum Actor { ANALYST, SUPERVISOR }

    private Workflow() {
    }

    /** The steps that can leave this state, whoever takes them. */
    public static Set<Transition> transitionsFrom(CaseStatus status) {
        Set<Transition> possible = EnumSet.noneOf(Transition.class);
        for (Transition transition : Transition.values()) {
            if (transition.from().contains(status)) {
                possible.add(transition);
            }
        }
        return possible;
    }

    /**
     * Decides whether someone may take a step.
     *
     * @param status         the case's current state
     * @param transition     the step they ask for
     * @param actors         the workflow roles they hold in the case's owning agency (empty if none,
     *                       or if they belong to another agency)
     * @param isProposer     whether they made the proposal under decision
     * @param rationale      the written reasons given with a decision, may be null otherwise
     * @return the verdict, with a reason a person understands when refused
     */
    public static Verdict check(CaseStatus status, Transition transition, Set<Actor> actors, boolean isProposer,
            String rationale) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(transition, "transition");
        if (!transition.from().contains(status)) {
            return Verdict.conflict("A case that is " + label(status) + " cannot be "
                    + pastTense(transition) + "; from " + label(status) + " it can only be "
                    + possibleSteps(status) + ".");
        }
        if (actors.stream().noneMatch(transition.allowedActors()::contains)) {
            return Verdict.forbidden("Only " + rolesOf(transition) + " of the case's agency may " + verb(transition) + " a case.");
        }
        if (transition.isDecision() && isProposer) {
            return Verdict.forbidden("You proposed this designation, so another supervisor must decide it (four-eyes rule).");
        }
        if (transition.needsRationale() && PlainText.isBlank(rationale)) {
            return Verdict.invalid(transition.isDecision() ? "A decision needs a written rationale."
                    : "Closing a case without action needs a written rationale.");
        }
        return Verdict.ALLOWED;
    }

    private static String possibleSteps(CaseStatus status) {
        Set<Transition> steps = transitionsFrom(status);
        if (steps.isEmpty()) {
            return "left as it is (the case is final)";
        }
        return steps.stream().map(Workflow::pastTense).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static String rolesOf(Transition transition) {
        return transition.allowedActors().size() == 1 ? "supervisors" : "analysts and supervisors";
    }

    public static String label(CaseStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    public static String verb(Transition transition) {
        return switch (transition) {
            case START_INVESTIGATION -> "start investigating";
            case PROPOSE -> "propose a designation for";
            case APPROVE -> "approve";
            case RETURN_FOR_WORK -> "return";
            case REJECT -> "reject";
            case RESUME_INVESTIGATION -> "resume investigating";
            case PUBLISH -> "publish the designation of";
            case CLOSE -> "close";
            case CLOSE_NO_ACTION -> "close without action";
        };
    }

    static String pastTense(Transition transition) {
        return switch (transition) {
            case START_INVESTIGATION -> "taken into investigation";
            case PROPOSE -> "proposed for designation";
            case APPROVE -> "approved";
            case RETURN_FOR_WORK -> "returned for more work";
            case REJECT -> "rejected";
            case RESUME_INVESTIGATION -> "taken back into investigation";
            case PUBLISH -> "published";
            case CLOSE -> "closed";
            case CLOSE_NO_ACTION -> "closed without action";
        };
    }

    /** The outcome of a check, with the kind of refusal and its reason. */
    public record Verdict(Outcome outcome, String reason) {

        public static final Verdict ALLOWED = new Verdict(Outcome.ALLOWED, null);

        public enum Outcome {
            ALLOWED,
            /** The person may not take this step (role, agency, four eyes). */
            FORBIDDEN,
            /** The step does not apply to the case's current state. */
            CONFLICT,
            /** The request lacks something the step needs (a rationale). */
            INVALID
        }

        static Verdict forbidden(String reason) {
            return new Verdict(Outcome.FORBIDDEN, reason);
        }

        static Verdict conflict(String reason) {
            return new Verdict(Outcome.CONFLICT, reason);
        }

        static Verdict invalid(String reason) {
            return new Verdict(Outcome.INVALID, reason);
        }

        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }
}
