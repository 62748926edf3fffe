package org.interdict.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

class ProposalTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private Proposal proposal() {
        return new Proposal(UUID.randomUUID(), Measure.ASSET_FREEZE, "Art. 2", "Reasons.", Set.of(UUID.randomUUID()),
                Set.of("EV-1"), "dmitri", now);
    }

    @Test
    void aProposalNamesAtLeastOneSubject() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Proposal(UUID.randomUUID(),
                Measure.EXPORT_BAN, "Art. 2", "Reasons.", Set.of(), Set.of(), "alice", now));
        assertEquals("A proposal must name at least one subject party", refused.getMessage());
    }

    @Test
    void theProposerNeverDecidesTheirOwnProposal() {
        Proposal proposal = proposal();
        assertThrows(IllegalStateException.class, () -> proposal.decide(DecisionOutcome.APPROVED, "ok", "dmitri", now));
    }

    @Test
    void aDecisionIsMadeOnceWithARationale() {
        Proposal proposal = proposal();
        assertThrows(IllegalArgumentException.class, () -> proposal.decide(DecisionOutcome.APPROVED, " ", "carla", now));
        proposal.decide(DecisionOutcome.APPROVED, "Evidence holds.", "carla", now);
        assertTrue(proposal.isDecided());
        assertThrows(IllegalStateException.class, () -> proposal.decide(DecisionOutcome.REJECTED, "No.", "oscar", now));
        assertEquals(DecisionOutcome.APPROVED, proposal.outcome());
    }

    @Test
    void caseReferencesHaveTheirFormat() {
        assertEquals("ICT-2026-000042", CaseReference.of(2026, 42));
        assertTrue(CaseReference.isWellFormed("ICT-2026-000042"));
        assertThrows(IllegalArgumentException.class, () -> CaseReference.of(2026, 1_000_000));
    }
}
