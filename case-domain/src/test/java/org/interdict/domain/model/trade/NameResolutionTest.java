package org.interdict.domain.model.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

class NameResolutionTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final UUID candidate = UUID.randomUUID();

    private NameResolution proposed() {
        return NameResolution.proposed("ECA", "Shanghai H Win Co", candidate, 0.8, "similar name", UUID.randomUUID(), now);
    }

    @Test
    void aProposedNameWaitsWithoutAParty() {
        NameResolution proposal = proposed();
        assertEquals(ResolutionStatus.PROPOSED, proposal.status());
        assertTrue(proposal.status().isOpen());
        assertNull(proposal.party());
        assertEquals(candidate, proposal.candidate());
    }

    @Test
    void confirmingLinksTheNameToTheProposedParty() {
        NameResolution proposal = proposed();
        proposal.confirm(candidate, "alice", now.plusSeconds(60));
        assertEquals(ResolutionStatus.CONFIRMED, proposal.status());
        assertEquals(candidate, proposal.party());
        assertEquals("alice", proposal.decidedBy());
        assertEquals(now.plusSeconds(60), proposal.decidedAt());
    }

    @Test
    void confirmingNamesTheProposedPartyAndNoOther() {
        NameResolution proposal = proposed();
        assertThrows(IllegalArgumentException.class, () -> proposal.confirm(UUID.randomUUID(), "alice", now));
        assertEquals(ResolutionStatus.PROPOSED, proposal.status());
    }

    @Test
    void rejectingLinksTheNameToAPartyOfItsOwn() {
        NameResolution proposal = proposed();
        UUID own = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> proposal.reject(candidate, "carla", now));
        proposal.reject(own, "carla", now);
        assertEquals(ResolutionStatus.REJECTED, proposal.status());
        assertEquals(own, proposal.party());
        assertEquals(candidate, proposal.candidate(), "the rejected candidate stays on record");
    }

    @Test
    void aSecondDecisionIsRefusedAndTheFirstStands() {
        NameResolution proposal = proposed();
        proposal.confirm(candidate, "alice", now);
        NameAlreadyDecidedException refused = assertThrows(NameAlreadyDecidedException.class,
                () -> proposal.reject(UUID.randomUUID(), "carla", now));
        assertEquals("The name 'Shanghai H Win Co' was decided already (confirmed by alice).", refused.getMessage());
        assertThrows(NameAlreadyDecidedException.class, () -> proposal.confirm(candidate, "carla", now));
        assertEquals(ResolutionStatus.CONFIRMED, proposal.status());
        assertEquals("alice", proposal.decidedBy());
    }

    @Test
    void aNameTheImportSettledIsNoProposalToDecide() {
        NameResolution linked = NameResolution.linked("ECA", "iFlight", candidate, 0.95, "same name", null, now);
        NameResolution created = NameResolution.created("ECA", "Silva LLC", UUID.randomUUID(), "no party matches", null, now);
        assertThrows(NameAlreadyDecidedException.class, () -> linked.confirm(candidate, "alice", now));
        assertThrows(NameAlreadyDecidedException.class, () -> created.reject(UUID.randomUUID(), "alice", now));
        assertTrue(created.madeItsParty());
        assertFalse(linked.madeItsParty());
    }

    @Test
    void aStoredResolutionKeepsTheTableRules() {
        assertThrows(IllegalArgumentException.class, () -> NameResolution.restore(UUID.randomUUID(), "ECA", "X", ResolutionStatus.PROPOSED,
                UUID.randomUUID(), candidate, 0.8, null, null, now, null, null));
        assertThrows(IllegalArgumentException.class, () -> NameResolution.restore(UUID.randomUUID(), "ECA", "X", ResolutionStatus.LINKED,
                null, candidate, 0.95, null, null, now, null, null));
        assertThrows(IllegalArgumentException.class, () -> NameResolution.restore(UUID.randomUUID(), "ECA", "X", ResolutionStatus.PROPOSED,
                null, null, 0.8, null, null, now, null, null));
    }
}
