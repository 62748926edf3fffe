package org.interdict.domain.model.audit;

import java.util.List;

/**
 * Port: the append-only, hash-chained audit trail. Appends happen in the business transaction, so
 * an event exists exactly when the change it describes was committed.
 */
public interface AuditTrail {

    /** Appends an event after the current last one. Appends are serialised so the chain stays linear. */
    void append(AuditEntry entry);

    /** The events about one record, oldest first. */
    List<AuditEvent> about(String targetType, String targetId);

    /** Recomputes the whole chain and reports the first event that does not fit, if any. */
    ChainVerification verify();

    /** The outcome of checking the chain. */
    record ChainVerification(boolean intact, long eventsChecked, Long firstBrokenEventId, String problem) {
    }
}
