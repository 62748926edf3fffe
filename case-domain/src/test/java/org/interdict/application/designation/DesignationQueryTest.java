package org.interdict.application.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.InvalidInputException;
import org.interdict.domain.model.casefile.Measure;
import org.interdict.domain.model.designation.DesignationFilter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class DesignationQueryTest {

    private static DesignationQuery query(String text, String measure, String country, String agency, LocalDate from,
            LocalDate to, String sort) {
        return new DesignationQuery(text, measure, country, agency, from, to, sort);
    }

    @Test
    void blankPartsMeanAnyAndTheDefaultOrderIsNewestPublicationFirst() {
        DesignationQuery blank = query("  ", "", null, " ", null, null, "");
        assertTrue(blank.isEmpty());
        DesignationFilter filter = blank.filter();
        assertTrue(filter.isEmpty());
        assertEquals(DesignationFilter.Order.PUBLISHED, filter.order());
        assertEquals(DesignationFilter.ALL, DesignationQuery.ALL.filter());
    }

    @Test
    void valuesAreTrimmedAndNormalised() {
        DesignationFilter filter = query("  Wuhan  ", "asset-freeze", " ru", "eca", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "Effective").filter();
        assertEquals("Wuhan", filter.text());
        assertEquals(Measure.ASSET_FREEZE, filter.measure());
        assertEquals("RU", filter.country());
        assertEquals("ECA", filter.agency());
        assertEquals(LocalDate.of(2026, 1, 1), filter.effectiveFrom());
        assertEquals(LocalDate.of(2026, 12, 31), filter.effectiveTo());
        assertEquals(DesignationFilter.Order.EFFECTIVE, filter.order());
        assertFalse(filter.isEmpty());
    }

    @Test
    void aSingleDayPeriodIsAllowed() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        DesignationFilter filter = query(null, null, null, null, day, day, "name").filter();
        assertEquals(day, filter.effectiveFrom());
        assertEquals(DesignationFilter.Order.NAME, filter.order());
        assertNull(filter.measure());
    }

    @Test
    void anUnknownMeasureIsRefusedNamingTheChoices() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> query(null, "EMBARGO", null, null, null, null, null).filter());
        assertTrue(refused.getMessage().contains("measure"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ASSET_FREEZE"), refused.getMessage());
    }

    @Test
    void aCountryIsTwoLetters() {
        for (String bad : new String[] {"RUS", "R", "1A", "Russia"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> query(null, null, bad, null, null, null, null).filter(), bad);
            assertTrue(refused.getMessage().contains("country"), refused.getMessage());
        }
    }

    @Test
    void anAgencyIsACode() {
        assertThrows(InvalidInputException.class, () -> query(null, null, null, "E C A", null, null, null).filter());
        assertThrows(InvalidInputException.class, () -> query(null, null, null, "x".repeat(33), null, null, null).filter());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> query(null, null, null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), null).filter());
        assertTrue(refused.getMessage().contains("effectiveFrom"), refused.getMessage());
    }

    @Test
    void overlongTextAndUnknownOrdersAreRefused() {
        assertThrows(InvalidInputException.class,
                () -> query("x".repeat(DesignationQuery.MAX_TEXT + 1), null, null, null, null, null, null).filter());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> query(null, null, null, null, null, null, "oldest").filter());
        assertTrue(refused.getMessage().contains("published, effective, name"), refused.getMessage());
    }

    @Test
    void everyMeasureIsOffered() {
        assertEquals(Measure.values().length, DesignationQuery.MEASURES.size());
        assertEquals(DesignationQuery.MEASURES.get(0), Measure.values()[0].name());
    }
}
