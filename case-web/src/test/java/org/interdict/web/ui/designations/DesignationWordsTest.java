package org.interdict.web.ui.designations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class DesignationWordsTest {

    @Test
    void theExportAddressCarriesOnlyTheFiltersThatAreSet() {
        assertEquals("text=%D0%A1%D0%B8%D0%BB%D1%8C%D0%B2%D0%B0+LLC&measure=ASSET_FREEZE&from=2026-01-01",
                DesignationWords.queryString(DesignationWords.parameters(" Сильва LLC ", "ASSET_FREEZE", "", null, "2026-01-01", " ", null)));
        assertEquals("", DesignationWords.queryString(DesignationWords.parameters(null, null, null, null, null, null, null)));
    }

    @Test
    void datesAreIsoOrNothing() {
        // (The refusal's words come from the bundle through Faces, which unit tests do not run.)
        assertEquals(LocalDate.of(2026, 12, 31), DesignationWords.date(" 2026-12-31 ", DesignationWords.TO));
        assertNull(DesignationWords.date("", DesignationWords.TO));
        assertNull(DesignationWords.date(null, DesignationWords.FROM));
    }
}
