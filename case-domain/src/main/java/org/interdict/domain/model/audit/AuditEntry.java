package org.interdict.domain.model.audit;

import java.util.Objects;

/**
 * Something that happened, to be appended to the audit trail: who did what to which record, and
 * the details (before and after of changed fields, decision rationale, …) as JSON.
 */
public record AuditEntry(String actor, String actorAgency, String action, String targetType, String targetId,
        String detailsJson) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
    }
}
