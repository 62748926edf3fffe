package org.interdict.application.evidence;

import org.interdict.domain.model.evidence.Evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An evidence file as callers see it: what is known about the file, never the file itself. Its kind is
 * always {@code FILE}, which tells it from a linked trade record in a case's evidence list; {@code extraction}
 * says where reading the text inside it stands.
 */
public record EvidenceView(UUID id, String caseReference, String name, String description, String source, String obtainedBy,
        String obtainedFrom, LocalDate obtainedOn, String handlingMarking, String mediaType, long size, String sha256,
        String releasability, List<String> sharedWith, Instant addedAt, String addedBy, Instant updatedAt, long version,
        TextState extraction, String kind) implements EvidenceItem {

    public EvidenceView {
        if (!FILE.equals(kind)) {
            throw new IllegalArgumentException("An evidence file is of kind FILE, not " + kind);
        }
    }

    /** A file item (kind {@code FILE}). */
    public EvidenceView(UUID id, String caseReference, String name, String description, String source, String obtainedBy,
            String obtainedFrom, LocalDate obtainedOn, String handlingMarking, String mediaType, long size, String sha256,
            String releasability, List<String> sharedWith, Instant addedAt, String addedBy, Instant updatedAt, long version,
            TextState extraction) {
        this(id, caseReference, name, description, source, obtainedBy, obtainedFrom, obtainedOn, handlingMarking, mediaType, size,
                sha256, releasability, sharedWith, addedAt, addedBy, updatedAt, version, extraction, FILE);
    }

    static EvidenceView of(Evidence e, String caseReference, TextState extraction) {
        var d = e.details();
        return new EvidenceView(e.id(), caseReference, d.name(), d.description(), d.source(), d.obtainedBy(), d.obtainedFrom(),
                d.obtainedOn(), d.handlingMarking(), e.mediaType(), e.size(), e.sha256(), e.releasability().name(),
                List.copyOf(e.sharedWith()), e.addedAt(), e.addedBy(), e.updatedAt(), e.version(), extraction);
    }

    /**
     * What a partner agency sees: which other partners the item is shared with, who of the owning agency
     * attached it (like a case's creator) and why reading its text failed stay with its owner.
     */
    EvidenceView asPartnerSees(String partnerAgency) {
        return new EvidenceView(id, caseReference, name, description, source, obtainedBy, obtainedFrom, obtainedOn,
                handlingMarking, mediaType, size, sha256, releasability, sharedWith.contains(partnerAgency) ? List.of(partnerAgency)
                        : List.of(), addedAt, null, updatedAt, version, extraction == null ? null : extraction.asPartnerSees());
    }
}
