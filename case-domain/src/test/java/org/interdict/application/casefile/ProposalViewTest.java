package org.interdict.application.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interdict.application.evidence.ReliedEvidence;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.casefile.Measure;
import org.interdict.domain.model.casefile.Proposal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Whoever decides reads each numbered reason beside the evidence it cites, and everything the proposal relies on. */
class ProposalViewTest {

    @Test
    void eachReasonShowsItsCitedEvidenceAndTheProposalAllItReliesOn() {
        EvidenceRef file = EvidenceRef.file(UUID.randomUUID());
        EvidenceRef record = EvidenceRef.tradeRecord(UUID.randomUUID());
        Proposal proposal = new Proposal(UUID.randomUUID(), Measure.EXPORT_BAN, "Art. 4", null, List.of(
                new Proposal.Reason("Exporter of record.", List.of(record)),
                new Proposal.Reason("No prior trade.", List.of(file, record))), Set.of(UUID.randomUUID()), List.of(),
                "alice", Instant.parse("2026-11-22T10:00:00Z"));

        ProposalView view = ProposalView.of(proposal, ref -> new ReliedEvidence(ref.kind().name(), ref.itemId(), null, true, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));

        assertEquals(List.of(record.itemId(), file.itemId()), view.evidence().stream().map(ReliedEvidence::id).toList());
        assertEquals(List.of(1, 2), view.reasons().stream().map(ProposalView.ReasonView::number).toList());
        assertEquals("No prior trade.", view.reasons().get(1).text());
        assertEquals(List.of("FILE", "TRADE_RECORD"), view.reasons().get(1).evidence().stream().map(ReliedEvidence::kind).toList());
        assertEquals("1. Exporter of record.\n\n2. No prior trade.", view.statementOfReasons());
    }
}
