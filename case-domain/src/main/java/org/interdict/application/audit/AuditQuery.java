package org.interdict.application.audit;

import org.interdict.application.InvalidInputException;
import org.interdict.application.Page;
import org.interdict.domain.model.audit.AuditTrailSearch.Criteria;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * What an auditor looks for in the audit trail; null (or blank) means "any". {@code actor} is a username,
 * exactly, or its beginning when it ends with {@code *} ({@code sys*} finds {@code system:evidence-text});
 * {@code action} one recorded action ({@code CASE_OPENED}); the record is a {@code targetType} ({@code case},
 * {@code party}, {@code evidence} …) and/or its {@code targetId} (a case reference, a party's id); the period
 * runs {@code from} one day {@code to} another, both whole days in UTC. Newest first, one window of
 * {@code offset}/{@code limit}.
 */
public record AuditQuery(String actor, String action, String targetType, String targetId, LocalDate from, LocalDate to,
        int offset, int limit) {

    /** The page an auditor sees unless they ask for another size. */
    public static final int DEFAULT_LIMIT = 50;

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern TARGET_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final int ACTOR_MAX = 100;
    private static final int TARGET_ID_MAX = 100;
    private static final String PREFIX = "*";

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
    }

    /** Any event, the first page. */
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    /**
     * Refuses, in words, a query that cannot mean anything: a window out of range, an action or record type
     * that is no name, a username or id longer than any stored, a period that ends before it starts.
     */
    public void check() {
        Page.checkWindow(offset, limit, Page.MAX_LIMIT);
        if (actor != null && (actor.length() > ACTOR_MAX || actor.equals(PREFIX)
                || actor.indexOf('*') >= 0 && actor.indexOf('*') != actor.length() - 1)) {
            throw new InvalidInputException("actor is a username, or its beginning followed by *, of at most "
                    + ACTOR_MAX + " characters: '" + actor + "' is not one.");
        }
        if (action != null && !ACTION.matcher(action).matches()) {
            throw new InvalidInputException("action is one of the recorded actions, e.g. CASE_OPENED: '" + action + "' is not one.");
        }
        if (targetType != null && !TARGET_TYPE.matcher(targetType).matches()) {
            throw new InvalidInputException("targetType is a kind of record, e.g. case, party or evidence: '" + targetType
                    + "' is not one.");
        }
        if (targetId != null && targetId.length() > TARGET_ID_MAX) {
            throw new InvalidInputException("targetId is a record's reference or id of at most " + TARGET_ID_MAX + " characters.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("The period ends (" + to + ") before it starts (" + from + ").");
        }
    }

    /** Whether the actor is the beginning of usernames rather than one username. */
    public boolean actorIsPrefix() {
        return actor != null && actor.endsWith(PREFIX);
    }

    /** The query for the trail of one agency: whole UTC days, the end day included. */
    Criteria criteria(String agency) {
        String username = actorIsPrefix() ? actor.substring(0, actor.length() - 1) : actor;
        return new Criteria(agency, username, actorIsPrefix(), action, targetType, targetId,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
