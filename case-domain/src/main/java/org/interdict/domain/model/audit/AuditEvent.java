package org.interdict.domain.model.audit;

import java.time.Instant;

/** One event of the audit trail as stored, with its place in the hash chain. */
public record AuditEvent(long id, Instant occurredAt, String actor, String actorAgency, String action,
        String targetType, String targetId, String detailsJson, String previousHash, String hash) {

    /** Whether the stored hash is the hash of this event's content and its predecessor's hash. */
    public boolean isIntact(String expectedPreviousHash) {
        return previousHash.equals(expectedPreviousHash) && hash.equals(AuditHash.of(this));
    }
}
