package org.interdict.domain.model.audit;

import java.time.Instant;
import java.util.List;

/**
 * Port: finding events in the audit trail, as an auditor looks for them: by who acted, what they did,
 * on which record and when, always within one agency's part of the trail, newest first.
 */
public interface AuditTrailSearch {

    /** The events that match, newest first, one window of them. */
    List<AuditEvent> find(Criteria criteria, int offset, int limit);

    /** How many events match in all. */
    long count(Criteria criteria);

    /** One event by its number in the chain, whoever's it is (the caller decides what of it to show). */
    java.util.Optional<AuditEvent> event(long id);

    /** The actions recorded in the agency's part of the trail, in alphabetical order. */
    List<String> actions(String agency);

    /**
     * What to look for; null means "any". {@code agency} is never null: an event belongs to an agency when
     * one of its people (or its background work) acted, or when the record it is about (a case, a party, an
     * evidence item) is the agency's. {@code actorPrefix} makes {@code actor} the beginning of the username.
     * {@code from} is inclusive, {@code until} exclusive.
     */
    record Criteria(String agency, String actor, boolean actorPrefix, String action, String targetType, String targetId,
            Instant from, Instant until) {

        public Criteria {
            java.util.Objects.requireNonNull(agency, "agency");
        }
    }
}
