package org.interdict.application.audit;

import org.interdict.domain.model.audit.AuditEvent;

import java.time.Instant;

/** One audit event as callers see it; {@code details} is the JSON recorded with it. */
public record AuditEventView(long id, Instant occurredAt, String actor, String actorAgency, String action,
        String targetType, String targetId, String details, String hash) {

    public static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.id(), event.occurredAt(), event.actor(), event.actorAgency(), event.action(),
                event.targetType(), event.targetId(), event.detailsJson(), event.hash());
    }
}
