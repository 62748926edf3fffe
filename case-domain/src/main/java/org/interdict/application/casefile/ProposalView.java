package org.interdict.application.casefile;

import org.interdict.domain.model.casefile.Proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A proposal and, once made, its decision. */
public record ProposalView(UUID id, String measure, String legalBasis, String statementOfReasons, List<UUID> subjects,
        List<String> evidence, String proposedBy, Instant proposedAt, String outcome, String rationale,
        String decidedBy, Instant decidedAt) {

    static ProposalView of(Proposal p) {
        return new ProposalView(p.id(), p.measure().name(), p.legalBasis(), p.statementOfReasons(),
                List.copyOf(p.subjects()), List.copyOf(p.evidence()), p.proposedBy(), p.proposedAt(),
                p.outcome() == null ? null : p.outcome().name(), p.rationale(), p.decidedBy(), p.decidedAt());
    }
}
