package org.interdict.domain.model.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.domain.model.shared.Releasability;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

class EvidenceTest {

    static final String HASH = "a".repeat(64);
    static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    static EvidenceDetails details(String name) {
        return new EvidenceDetails(name, "Invoice", "Customs", "alice", "Port of Riga", LocalDate.of(2025, 3, 1), "official-sensitive");
    }

    @Test
    void aFileNameIsSanitisedNotRefused() {
        assertEquals("invoice.pdf", details("C:\\Users\\x\\..\\invoice.pdf").name());
        assertEquals("evil.pdf", details("../../etc/\u202Eevil.pdf").name().strip());
        assertEquals(EvidenceDetails.UNNAMED, details(null).name());
        assertEquals(EvidenceDetails.UNNAMED, details("...").name());
    }

    @Test
    void aHandlingMarkingIsWrittenAsAuthoritiesWriteIt() {
        assertEquals("OFFICIAL-SENSITIVE", details("a.pdf").handlingMarking());
        assertThrows(IllegalArgumentException.class,
                () -> new EvidenceDetails("a.pdf", null, null, null, null, null, "<script>"));
        assertNull(new EvidenceDetails("a.pdf", null, null, null, null, null, "  ").handlingMarking());
    }

    @Test
    void evidenceObtainedInTheFutureIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EvidenceDetails("a.pdf", null, null, null, null,
                LocalDate.now().plusYears(1), null));
    }

    @Test
    void anItemIsIdentifiedByTheHashOfItsContent() {
        assertThrows(IllegalArgumentException.class, () -> new Evidence(UUID.randomUUID(), "ECA", details("a.pdf"),
                "application/pdf", 10, "not-a-hash", "alice", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Evidence(UUID.randomUUID(), "ECA", details("a.pdf"),
                "application/pdf", 10, HASH.toUpperCase(), "alice", NOW));
        Evidence item = new Evidence(UUID.randomUUID(), "ECA", details("a.pdf"), "application/pdf", 10, HASH, "alice", NOW);
        assertEquals(Releasability.INTERNAL, item.releasability());
        assertTrue(item.releasedTo().isEmpty());
    }

    @Test
    void describingChangesOnlyWhatIsWrittenAboutIt() {
        Evidence item = new Evidence(UUID.randomUUID(), "ECA", details("a.pdf"), "application/pdf", 10, HASH, "alice", NOW);
        var changes = item.describe(new EvidenceDetails("b.pdf", "Invoice", "Customs", "alice", "Port of Riga",
                LocalDate.of(2025, 3, 1), "OFFICIAL-SENSITIVE"), NOW.plusSeconds(1));
        assertEquals(Set.of("name"), changes.asMap().keySet());
        assertEquals("b.pdf", item.name());
        assertEquals(HASH, item.sha256());
        assertTrue(item.describe(item.details(), NOW).isEmpty());
    }

    @Test
    void sharingFollowsTheRulesOfEveryRecord() {
        Evidence item = new Evidence(UUID.randomUUID(), "ECA", details("a.pdf"), "application/pdf", 10, HASH, "alice", NOW);
        item.releaseTo(Releasability.SHARED, Set.of("PCU"), NOW);
        assertEquals(Set.of("PCU"), item.releasedTo());
        assertThrows(IllegalArgumentException.class, () -> item.releaseTo(Releasability.SHARED, Set.of("ECA"), NOW));
        assertThrows(IllegalArgumentException.class, () -> item.releaseTo(Releasability.PUBLIC, Set.of(), NOW));
        item.releaseTo(Releasability.INTERNAL, Set.of(), NOW);
        assertTrue(item.releasedTo().isEmpty());
    }
}
