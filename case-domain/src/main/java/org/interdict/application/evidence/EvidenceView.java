package org.interdict.application.evidence;

import org.interdict.domain.model.evidence.Evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An evidence item as callers see it: what is known about the file, never the file itself. */
public record EvidenceView(UUID id, String caseReference, String name, String description, String source, String obtainedBy,
        String obtainedFrom, LocalDate obtainedOn, String handlingMarking, String mediaType, long size, String sha256,
        String releasability, List<String> sharedWith, Instant addedAt, String addedBy, Instant updatedAt, long version) {

    static EvidenceView of(Evidence e, String caseReference) {
        var d = e.details();
        return new EvidenceView(e.id(), caseReference, d.name(), d.description(), d.source(), d.obtainedBy(), d.obtainedFrom(),
                d.obtainedOn(), d.handlingMarking(), e.mediaType(), e.size(), e.sha256(), e.releasability().name(),
                List.copyOf(e.sharedWith()), e.addedAt(), e.addedBy(), e.updatedAt(), e.version());
    }

    /** What a partner agency sees: which other partners the item is shared with stays with its owner. */
    EvidenceView asPartnerSees(String partnerAgency) {
        return new EvidenceView(id, caseReference, name, description, source, obtainedBy, obtainedFrom, obtainedOn,
                handlingMarking, mediaType, size, sha256, releasability, sharedWith.contains(partnerAgency) ? List.of(partnerAgency)
                        : List.of(), addedAt, addedBy, updatedAt, version);
    }
}
