package org.interdict.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

class ProposalTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final EvidenceRef file = EvidenceRef.file(UUID.randomUUID());
    private final EvidenceRef record = EvidenceRef.tradeRecord(UUID.randomUUID());

    private Proposal proposal() {
        return new Proposal(UUID.randomUUID(), Measure.ASSET_FREEZE, "Art. 2", "Reasons.", List.of(), Set.of(UUID.randomUUID()),
                List.of(file), "dmitri", now);
    }

    private Proposal withReasons(String statement, List<Proposal.Reason> reasons, List<EvidenceRef> named) {
        return new Proposal(UUID.randomUUID(), Measure.EXPORT_BAN, "Art. 4", statement, reasons, Set.of(UUID.randomUUID()), named,
                "alice", now);
    }

    @Test
    void aProposalNamesAtLeastOneSubject() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Proposal(UUID.randomUUID(),
                Measure.EXPORT_BAN, "Art. 2", "Reasons.", List.of(), Set.of(), List.of(file), "alice", now));
        assertEquals("A proposal must name at least one subject party", refused.getMessage());
    }

    @Test
    void aProposalReliesOnAtLeastOnePieceOfEvidence() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withReasons("Reasons.", List.of(new Proposal.Reason("Uncited claim.", List.of())), List.of()));
        assertEquals("A proposal must rely on at least one piece of evidence", refused.getMessage());
    }

    @Test
    void theEvidenceReliedOnIsWhatIsNamedAndWhatTheReasonsCiteEachOnce() {
        Proposal proposal = withReasons("Summary.", List.of(new Proposal.Reason("Shipments.", List.of(record, file)),
                new Proposal.Reason("Registration.", List.of(file))), List.of(file));
        assertEquals(List.of(file, record), proposal.evidence());
        assertEquals(List.of(record, file), proposal.reasons().get(0).evidence());
        assertEquals(List.of(file), proposal.reasons().get(1).evidence());
        assertEquals("Summary.", proposal.statementOfReasons(), "a statement given beside reasons is kept as their summary");
    }

    @Test
    void withoutAStatementTheReasonsBecomeNumberedParagraphs() {
        Proposal proposal = withReasons(null, List.of(new Proposal.Reason("Exporter of record.", List.of(record)),
                new Proposal.Reason("No prior trade.", List.of(file))), List.of());
        assertEquals("1. Exporter of record.\n\n2. No prior trade.", proposal.statementOfReasons());
    }

    @Test
    void withNeitherStatementNorReasonsTheProposalIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> withReasons(" ", List.of(), List.of(file)));
        assertEquals("A proposal needs a statement of reasons", refused.getMessage());
    }

    @Test
    void aReasonHasAText() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withReasons(null, List.of(new Proposal.Reason("First.", List.of(file)), new Proposal.Reason(" ", List.of(file))),
                        List.of()));
        assertEquals("Reason 2 has no text: write what it claims", refused.getMessage());
    }

    @Test
    void onlyAPendingOrApprovedProposalStillStandsOnItsEvidence() {
        Proposal pending = proposal();
        assertTrue(pending.stands());
        pending.decide(DecisionOutcome.APPROVED, "Evidence holds.", "carla", now);
        assertTrue(pending.stands());
        Proposal returned = proposal();
        returned.decide(DecisionOutcome.RETURNED, "More work.", "carla", now);
        assertFalse(returned.stands());
    }

    @Test
    void aReferenceWrittenBeforeEvidenceExistedIsKeptAsWritten() {
        EvidenceRef written = EvidenceRef.asWritten("EV-1 customs extract");
        assertEquals(EvidenceRef.Kind.AS_WRITTEN, written.kind());
        assertEquals("EV-1 customs extract", written.toString());
        assertThrows(IllegalArgumentException.class, () -> EvidenceRef.asWritten("x".repeat(EvidenceRef.MAX_WRITTEN + 1)));
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
