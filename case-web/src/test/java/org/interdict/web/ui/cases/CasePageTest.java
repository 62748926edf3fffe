package org.interdict.web.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.casefile.CaseView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the case page compares to tell someone else's edit from the user's own steps (labels need a Faces context). */
class CasePageTest {

    @Test
    void theDescriptionComparesWithoutRegardToTagOrderOrAnEmptySummary() {
        CasePage.Theirs before = CasePage.Theirs.of(view("Drones", "", List.of("uav", "hk")));
        assertEquals(before, CasePage.Theirs.of(view("Drones", null, List.of("hk", "uav"))));
        assertNotEquals(before, CasePage.Theirs.of(view("Drones via Hong Kong", null, List.of("hk", "uav"))));
    }

    @Test
    void aCaseReadInFullIsNoPartnersPage() {
        assertFalse(CasePage.readsAsPartner(view("Drones", null, List.of("uav")), false));
    }

    @Test
    void theServicesPartnerViewMakesThePartnersPageWhateverTheRole() {
        CaseView partners = view("Drones", null, List.of("uav")).asPartnerSees("PCU");
        assertTrue(CasePage.readsAsPartner(partners, false));
        assertTrue(CasePage.readsAsPartner(partners, true));
    }

    @Test
    void aPartnerRoleAloneMakesThePartnersPage() {
        assertTrue(CasePage.readsAsPartner(view("Drones", null, List.of()), true));
    }

    private static CaseView view(String title, String summary, List<String> tags) {
        return new CaseView("ICT-2026-000001", title, summary, "x", "HIGH", "ECA", "alice", LocalDate.of(2026, 12, 1), tags,
                List.of(), null, List.of(), "x", List.of(), Instant.EPOCH, "alice", Instant.EPOCH, 3, false, 0);
    }
}
