package org.interdict.domain.model.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AgencyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "eca", "1ECA", "ECA AGENCY", "ECA_1", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"})
    void malformedCodesAreRefused(String code) {
        assertThrows(IllegalArgumentException.class, () -> new Agency(code, "Export Control Agency", AgencyKind.AUTHORITY, "GB"));
    }

    @Test
    void countryIsAnIsoCodeInCapitals() {
        assertEquals("GB", new Agency("ECA", "Export Control Agency", AgencyKind.AUTHORITY, "gb").country());
        assertThrows(IllegalArgumentException.class, () -> new Agency("ECA", "Export Control Agency", AgencyKind.AUTHORITY, "GBR"));
    }

    @Test
    void agenciesAreEqualByCode() {
        assertEquals(new Agency("PCU", "Partner Customs Unit", AgencyKind.PARTNER, "DE"),
                new Agency("PCU", "Renamed", AgencyKind.PARTNER, null));
        assertNotEquals(new Agency("PCU", "Partner Customs Unit", AgencyKind.PARTNER, "DE"),
                new Agency("ECA", "Partner Customs Unit", AgencyKind.PARTNER, "DE"));
    }

    @Test
    void partnerAgencyKnowsItIsOne() {
        assertTrue(new Agency("PCU", "Partner Customs Unit", AgencyKind.PARTNER, "DE").isPartner());
    }
}
