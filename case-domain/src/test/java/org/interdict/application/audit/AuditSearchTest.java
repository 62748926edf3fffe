package org.interdict.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.InvalidInputException;
import org.interdict.application.Page;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Caller;
import org.interdict.application.security.NoReleases;
import org.interdict.application.security.Role;
import org.interdict.domain.model.audit.AuditEntry;
import org.interdict.domain.model.audit.AuditEvent;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.audit.AuditTrailSearch;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The auditor's search of the audit trail: what a query may ask, and whose part of the trail it reads. */
class AuditSearchTest {

    private final List<AuditTrailSearch.Criteria> asked = new ArrayList<>();
    private final List<AuditEntry> audited = new ArrayList<>();
    private AuditTrail.ChainVerification chain = new AuditTrail.ChainVerification(true, 3, null, null);

    private AuditService as(String username, String agency, Role... roles) {
        Caller caller = new Caller(username, username, agency, Set.of(roles));
        AuditTrail trail = new AuditTrail() {
            @Override
            public void append(AuditEntry entry) {
                audited.add(entry);
            }

            @Override
            public List<AuditEvent> about(String targetType, String targetId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ChainVerification verify() {
                return chain;
            }
        };
        AuditTrailSearch search = new AuditTrailSearch() {
            @Override
            public List<AuditEvent> find(Criteria criteria, int offset, int limit) {
                asked.add(criteria);
                return List.of(new AuditEvent(7, Instant.parse("2026-11-30T08:00:00Z"), "alice", criteria.agency(),
                        "CASE_OPENED", "case", "ICT-2026-000001", "{}", "0".repeat(64), "1".repeat(64)));
            }

            @Override
            public long count(Criteria criteria) {
                asked.add(criteria);
                return 1;
            }

            @Override
            public java.util.Optional<AuditEvent> event(long id) {
                return java.util.Optional.of(new AuditEvent(id, Instant.parse("2026-11-29T10:00:00Z"), "olga", "OSI",
                        "CASE_OPENED", "case", "ICT-2026-000009", "{}", "0".repeat(64), "2".repeat(64)));
            }

            @Override
            public List<String> actions(String agency) {
                return List.of("CASE_OPENED", "CASE_VIEWED");
            }
        };
        return new AuditService(trail, search, null, new AccessPolicy(() -> caller, new NoReleases()),
                new AuditRecorder(() -> caller, trail));
    }

    private static AuditQuery query(String actor, String action, String targetType, String targetId, LocalDate from,
            LocalDate to) {
        return new AuditQuery(actor, action, targetType, targetId, from, to, 0, AuditQuery.DEFAULT_LIMIT);
    }

    @Test
    void anAuditorSearchesOnlyTheirOwnAgencysTrailAndTheSearchIsAudited() {
        Page<AuditEventView> page = as("erik", "ECA", Role.AUDITOR).search(query("alice", "CASE_OPENED", "case",
                "ICT-2026-000001", null, null));
        assertEquals(1, page.total());
        assertEquals(1, page.items().size());
        assertTrue(asked.stream().allMatch(c -> c.agency().equals("ECA")), "every question names the auditor's agency");
        assertEquals(1, audited.size());
        assertEquals("AUDIT_SEARCHED", audited.get(0).action());
        assertTrue(audited.get(0).detailsJson().contains("\"actor\":\"alice\""), audited.get(0).detailsJson());
    }

    @Test
    void laterPagesOfTheSameSearchAreNotAuditedAgain() {
        as("erik", "ECA", Role.AUDITOR).search(new AuditQuery(null, null, null, null, null, null, 0, 1));
        assertEquals(1, audited.size());
        as("erik", "ECA", Role.AUDITOR).search(new AuditQuery(null, null, null, null, null, null, 1, 1));
        assertEquals(1, audited.size());
    }

    @Test
    void analystsSupervisorsAdminsAndPartnersMayNotSearchTheTrail() {
        for (Role role : new Role[] {Role.ANALYST, Role.SUPERVISOR, Role.ADMIN, Role.PARTNER}) {
            AuditService service = as("someone", "ECA", role);
            assertThrows(AccessDeniedException.class, () -> service.search(AuditQuery.everything()), role.name());
            assertThrows(AccessDeniedException.class, service::actions, role.name());
        }
        assertTrue(asked.isEmpty(), "nothing was read for them");
    }

    @Test
    void anAuditorListsTheRecordedActions() {
        assertEquals(List.of("CASE_OPENED", "CASE_VIEWED"), as("erik", "ECA", Role.AUDITOR).actions());
    }

    @Test
    void theWholeDaysOfThePeriodCountInUtc() {
        AuditTrailSearch.Criteria criteria = query(null, null, null, null, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)).criteria("ECA");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), criteria.from());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), criteria.until(), "the last day is included");
    }

    @Test
    void aSingleDayPeriodIsAllowed() {
        query(null, null, null, null, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)).check();
    }

    @Test
    void anActorEndingInAStarIsTheBeginningOfUsernames() {
        AuditTrailSearch.Criteria prefix = query("sys*", null, null, null, null, null).criteria("ECA");
        assertTrue(prefix.actorPrefix());
        assertEquals("sys", prefix.actor());
        AuditTrailSearch.Criteria exact = query(" erik ", null, null, null, null, null).criteria("ECA");
        assertFalse(exact.actorPrefix());
        assertEquals("erik", exact.actor());
    }

    @Test
    void blankFiltersMeanAny() {
        AuditTrailSearch.Criteria criteria = query(" ", "", "  ", "", null, null).criteria("ECA");
        assertNull(criteria.actor());
        assertNull(criteria.action());
        assertNull(criteria.targetType());
        assertNull(criteria.targetId());
    }

    @Test
    void queriesThatCannotMeanAnythingAreRefusedInWords() {
        List<AuditQuery> refused = List.of(
                query(null, null, null, null, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1)),
                query("*", null, null, null, null, null),
                query("er*ik", null, null, null, null, null),
                query("x".repeat(101), null, null, null, null, null),
                query(null, "case opened", null, null, null, null),
                query(null, "CASE_OPENED; drop table", null, null, null, null),
                query(null, null, "case'--", null, null, null),
                query(null, null, null, "x".repeat(101), null, null),
                new AuditQuery(null, null, null, null, null, null, -1, 10),
                new AuditQuery(null, null, null, null, null, null, 0, 0),
                new AuditQuery(null, null, null, null, null, null, 0, Page.MAX_LIMIT + 1));
        for (AuditQuery query : refused) {
            InvalidInputException e = assertThrows(InvalidInputException.class, query::check, query.toString());
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void anInvalidQueryIsRefusedBeforeAnythingIsRead() {
        AuditService erik = as("erik", "ECA", Role.AUDITOR);
        assertThrows(InvalidInputException.class, () -> erik.search(query(null, "nope!", null, null, null, null)));
        assertTrue(asked.isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void verifyingTheChainIsRecordedWithWhatItFound() {
        ChainReport report = as("erik", "ECA", Role.AUDITOR).verify();
        assertTrue(report.intact());
        assertEquals(1, audited.size());
        assertEquals(AuditService.VERIFIED, audited.get(0).action());
        assertTrue(audited.get(0).detailsJson().contains("\"eventsChecked\":3"), audited.get(0).detailsJson());
    }

    @Test
    void aBrokenEventOfAnotherAgencyIsDatedButItsActorNotNamed() {
        chain = new AuditTrail.ChainVerification(false, 9, 9L, "Event 9 was changed after it was written.");
        ChainReport report = as("erik", "ECA", Role.AUDITOR).verify();
        assertFalse(report.intact());
        assertEquals(9L, report.firstBrokenEventId());
        assertEquals(Instant.parse("2026-11-29T10:00:00Z"), report.firstBrokenAt());
        assertNull(report.firstBrokenActor(), "olga is OSI's");
        assertTrue(audited.get(0).detailsJson().contains("\"firstBrokenEvent\":9"), audited.get(0).detailsJson());
    }
}
