package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Caller;
import org.interdict.application.security.NoReleases;
import org.interdict.application.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The versions of the packaged reference tables, as administrators read them. */
class ReferenceDataFactsTest {

    private static final ChpList CHP = new ChpList();
    private static final HsNomenclature HS = new HsNomenclature();

    private static ReferenceDataFacts as(Role... roles) {
        Caller caller = new Caller("someone", "Someone", "ECA", Set.of(roles));
        return new ReferenceDataFacts(CHP, HS, new AccessPolicy(() -> caller, new NoReleases()));
    }

    @Test
    void anAdministratorReadsTheChpListVersionAndItsSubheadingsPerTier() {
        ReferenceDataFacts.Facts facts = as(Role.ADMIN).facts();
        ReferenceDataFacts.ChpListFacts chp = facts.chpList();
        assertEquals(50, chp.subheadings());
        assertEquals(50, chp.perTier().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(List.of("1", "2", "3.A", "3.B", "4.A", "4.B"), List.copyOf(chp.perTier().keySet()));
        assertEquals(LocalDate.of(2024, 2, 23), chp.publishedOn());
        assertTrue(chp.version().startsWith("2024-02-23"), chp.version());
    }

    @Test
    void anAdministratorReadsHowManyCodesOfEachLevelTheNomenclatureHolds() {
        ReferenceDataFacts.NomenclatureFacts hs = as(Role.ADMIN).facts().nomenclature();
        assertEquals("HS 2022", hs.edition());
        assertEquals(97, hs.chapters());
        assertEquals(1229, hs.headings());
        assertEquals(5613, hs.subheadings());
    }

    @Test
    void onlyAdministratorsReadThem() {
        for (Role role : List.of(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR, Role.PARTNER)) {
            assertThrows(AccessDeniedException.class, () -> as(role).facts(), role.name());
        }
    }

    @Test
    void aVersionWithoutALeadingDateHasNone() {
        assertNull(ReferenceDataFacts.dateOf("joint list"));
        assertNull(ReferenceDataFacts.dateOf(null));
        assertEquals(LocalDate.of(2024, 2, 23), ReferenceDataFacts.dateOf("2024-02-23 (BIS)"));
    }
}
