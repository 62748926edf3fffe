package org.interdict.application.party;

import java.time.Instant;
import java.util.UUID;

/** A relationship between two parties, with both ends named. */
public record RelationshipView(UUID id, PartySummary from, String kind, PartySummary to, String note, Instant createdAt,
        String createdBy) {
}
