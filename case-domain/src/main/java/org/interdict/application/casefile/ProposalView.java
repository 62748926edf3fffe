package org.interdict.application.casefile;

import org.interdict.application.evidence.ReliedEvidence;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.casefile.Proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A proposal and, once made, its decision: with the evidence it relies on shown as whoever decides
 * needs it (a file's name and hash, a declaration's date, tier and value), and its numbered reasons
 * each beside the evidence it cites, so that the statement and what proves it are read side by side.
 * {@code reasons} is empty when the statement was written as one text.
 */
public record ProposalView(UUID id, String measure, String legalBasis, String statementOfReasons, List<UUID> subjects,
        List<ReliedEvidence> evidence, List<ReasonView> reasons, String proposedBy, Instant proposedAt, String outcome,
        String rationale, String decidedBy, Instant decidedAt) {

    /** One reason, numbered from 1 as the statement numbers it, with the evidence it cites. */
    public record ReasonView(int number, String text, List<ReliedEvidence> evidence) {
    }

    static ProposalView of(Proposal p, Function<EvidenceRef, ReliedEvidence> shown) {
        List<ReasonView> reasons = new ArrayList<>();
        List<Proposal.Reason> given = p.reasons();
        for (int i = 0; i < given.size(); i++) {
            reasons.add(new ReasonView(i + 1, given.get(i).text(), given.get(i).evidence().stream().map(shown).toList()));
        }
        return new ProposalView(p.id(), p.measure().name(), p.legalBasis(), p.statementOfReasons(),
                List.copyOf(p.subjects()), p.evidence().stream().map(shown).toList(), List.copyOf(reasons), p.proposedBy(),
                p.proposedAt(), p.outcome() == null ? null : p.outcome().name(), p.rationale(), p.decidedBy(), p.decidedAt());
    }
}
