package org.interdict.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123456789Z");

    private static AuditEvent event(String previous, String actor, String details) {
        String hash = AuditHash.of(previous, AT, actor, "ECA", "CASE_OPENED", "case", "ICT-2026-000001", details);
        return new AuditEvent(1, AuditHash.truncate(AT), actor, "ECA", "CASE_OPENED", "case", "ICT-2026-000001", details,
                previous, hash);
    }

    @Test
    void aStoredEventIsIntactAndAnyChangedFieldBreaksIt() {
        AuditEvent event = event(AuditHash.GENESIS, "alice", "{\"title\":\"Drones\"}");
        assertTrue(event.isIntact(AuditHash.GENESIS));

        AuditEvent otherActor = new AuditEvent(1, event.occurredAt(), "mallory", "ECA", "CASE_OPENED", "case",
                "ICT-2026-000001", event.detailsJson(), event.previousHash(), event.hash());
        assertFalse(otherActor.isIntact(AuditHash.GENESIS));
        AuditEvent otherDetails = new AuditEvent(1, event.occurredAt(), "alice", "ECA", "CASE_OPENED", "case",
                "ICT-2026-000001", "{\"title\":\"Cameras\"}", event.previousHash(), event.hash());
        assertFalse(otherDetails.isIntact(AuditHash.GENESIS));
    }

    @Test
    void anEventOutOfPlaceInTheChainIsNotIntact() {
        AuditEvent first = event(AuditHash.GENESIS, "alice", null);
        AuditEvent second = event(first.hash(), "bruno", null);
        assertTrue(second.isIntact(first.hash()));
        assertFalse(second.isIntact(AuditHash.GENESIS));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, AT, "ab", "c", "X", "case", null, null),
                AuditHash.of(AuditHash.GENESIS, AT, "a", "bc", "X", "case", null, null));
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, AT, "a", null, "X", "case", null, null),
                AuditHash.of(AuditHash.GENESIS, AT, "a", "", "X", "case", null, null));
    }

    @Test
    void theHashCoversTheTimeAsPostgresqlStoresIt() {
        assertEquals(AuditHash.of(AuditHash.GENESIS, AT, "a", null, "X", "case", null, null),
                AuditHash.of(AuditHash.GENESIS, Instant.parse("2026-11-22T10:15:30.123456Z"), "a", null, "X", "case", null, null));
        assertEquals(64, AuditHash.GENESIS.length());
    }
}
