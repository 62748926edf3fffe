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
import static org.interdict.domain.model.casefile.Transition.APPROVE;
import static org.interdict.domain.model.casefile.Transition.CLOSE;
import static org.interdict.domain.model.casefile.Transition.CLOSE_NO_ACTION;
import static org.interdict.domain.model.casefile.Transition.PROPOSE;
import static org.interdict.domain.model.casefile.Transition.PUBLISH;
import static org.interdict.domain.model.casefile.Transition.REJECT;
import static org.interdict.domain.model.casefile.Transition.RESUME_INVESTIGATION;
import static org.interdict.domain.model.casefile.Transition.RETURN_FOR_WORK;
import static org.interdict.domain.model.casefile.Transition.START_INVESTIGATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import org.interdict.domain.model.casefile.Workflow.Actor;
import org.interdict.domain.model.casefile.Workflow.Verdict;
import org.interdict.domain.model.casefile.Workflow.Verdict.Outcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every (state, step, roles, proposer, rationale) combination against the workflow as the product
 * design draws it. The expected table below is written out from the design, not derived from the
 * code under test.
 */
class WorkflowTest {

    /** state -> the steps that leave it, and where they lead (DESIGN.md, "Case workflow"). */
    private static final Map<CaseStatus, Map<Transition, CaseStatus>> DESIGN = Map.of(
            OPEN, Map.of(START_INVESTIGATION, INVESTIGATING, CLOSE_NO_ACTION, CLOSED_NO_ACTION),
            INVESTIGATING, Map.of(PROPOSE, PROPOSED, CLOSE_NO_ACTION, CLOSED_NO_ACTION),
            PROPOSED, Map.of(APPROVE, APPROVED, RETURN_FOR_WORK, RETURNED, REJECT, REJECTED,
                    CLOSE_NO_ACTION, CLOSED_NO_ACTION),
            RETURNED, Map.of(RESUME_INVESTIGATION, INVESTIGATING, CLOSE_NO_ACTION, CLOSED_NO_ACTION),
            APPROVED, Map.of(PUBLISH, DESIGNATED),
            DESIGNATED, Map.of(),
            REJECTED, Map.of(CLOSE, CLOSED),
            CLOSED, Map.of(),
            CLOSED_NO_ACTION, Map.of());

    /** Steps only a supervisor may take; analysts and supervisors may take the others. */
    private static final Set<Transition> SUPERVISOR_ONLY = EnumSet.of(APPROVE, RETURN_FOR_WORK, REJECT, PUBLISH, CLOSE, CLOSE_NO_ACTION);

    /** Decisions on a proposal: four eyes and a written rationale. */
    private static final Set<Transition> DECISIONS = EnumSet.of(APPROVE, RETURN_FOR_WORK, REJECT);

    /** Steps that need written reasons: the decisions, and closing without action (which ends a pending proposal). */
    private static final Set<Transition> WITH_RATIONALE = EnumSet.of(APPROVE, RETURN_FOR_WORK, REJECT, CLOSE_NO_ACTION);

    private static final List<Set<Actor>> ROLE_SETS = List.of(
            EnumSet.noneOf(Actor.class), EnumSet.of(Actor.ANALYST), EnumSet.of(Actor.SUPERVISOR),
            EnumSet.of(Actor.ANALYST, Actor.SUPERVISOR));

    /** None, blank, blank to the eye (a zero-width space, no-break spaces), and written. */
    private static final String[] RATIONALES = {null, "   ", "\u200B", "\u00A0\u3000", "Evidence of repeated shipments of CHP tier 1 items."};

    @TestFactory
    List<DynamicTest> everyCombinationOfStateStepRolesProposerAndRationale() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            for (Transition transition : Transition.values()) {
                for (Set<Actor> actors : ROLE_SETS) {
                    for (boolean proposer : new boolean[] {false, true}) {
                        for (String rationale : RATIONALES) {
                            Outcome expected = expected(status, transition, actors, proposer, rationale);
                            String name = status + " " + transition + " by " + actors + (proposer ? " (proposer)" : "")
                                    + " rationale=" + (rationale == null ? "none" : rationale.startsWith("Evidence") ? "given" : "blank")
                                    + " -> " + expected;
                            tests.add(dynamicTest(name, () -> {
                                Verdict verdict = Workflow.check(status, transition, actors, proposer, rationale);
                                assertEquals(expected, verdict.outcome(), verdict.reason());
                                if (!verdict.allowed()) {
                                    assertTrue(verdict.reason() != null && verdict.reason().endsWith("."), "a refusal says why");
                                }
                            }));
                        }
                    }
                }
            }
        }
        assertEquals(9 * 9 * 4 * 2 * 5, tests.size());
        return tests;
    }

    private static Outcome expected(CaseStatus status, Transition transition, Set<Actor> actors, boolean proposer,
            String rationale) {
        if (!DESIGN.get(status).containsKey(transition)) {
            return Outcome.CONFLICT;
        }
        boolean mayTake = SUPERVISOR_ONLY.contains(transition) ? actors.contains(Actor.SUPERVISOR) : !actors.isEmpty();
        if (!mayTake) {
            return Outcome.FORBIDDEN;
        }
        if (DECISIONS.contains(transition) && proposer) {
            return Outcome.FORBIDDEN;
        }
        if (WITH_RATIONALE.contains(transition) && (rationale == null || !rationale.startsWith("Evidence"))) {
            return Outcome.INVALID;
        }
        return Outcome.ALLOWED;
    }

    @Test
    void everyStepLeadsWhereTheDesignSays() {
        for (CaseStatus status : CaseStatus.values()) {
            for (Map.Entry<Transition, CaseStatus> step : DESIGN.get(status).entrySet()) {
                assertTrue(step.getKey().from().contains(status), step.getKey() + " from " + status);
                assertEquals(step.getValue(), step.getKey().to(), step.getKey().toString());
            }
            assertEquals(DESIGN.get(status).keySet(), Workflow.transitionsFrom(status), status.toString());
        }
    }

    @Test
    void designatedRejectedThenClosedAndClosedWithoutActionAreFinal() {
        assertEquals(EnumSet.of(DESIGNATED, CLOSED, CLOSED_NO_ACTION),
                EnumSet.copyOf(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isFinal).toList()));
    }

    @Test
    void supervisorWhoProposedIsToldToAskAnotherSupervisor() {
        Verdict verdict = Workflow.check(PROPOSED, APPROVE, EnumSet.of(Actor.ANALYST, Actor.SUPERVISOR), true, "Looks right.");
        assertEquals(Outcome.FORBIDDEN, verdict.outcome());
        assertTrue(verdict.reason().contains("four-eyes"), verdict.reason());
    }

    @Test
    void stepFromTheWrongStateSaysWhatIsPossible() {
        Verdict verdict = Workflow.check(OPEN, APPROVE, EnumSet.of(Actor.SUPERVISOR), false, "x");
        assertEquals("A case that is open cannot be approved; from open it can only be taken into investigation, "
                + "closed without action.", verdict.reason());
    }
}
