package org.interdict.web.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the audit trail page picks out of an event's details to put in words (the words themselves need a
 * Faces context): internal ids, dates, times and constants, but never a part of a case reference.
 */
class AuditTrailPageTest {

    /** As AuditDetails.readable writes the facts of an event. */
    private static final String FACTS = "priority: HIGH → CRITICAL; subjects: 3f2a9b1c-1111-2222-3333-444455556666; "
            + "case: ICT-2026-000042; due: 2026-12-31; at: 2026-11-30T07:43:12.123456Z; format: csv";

    @Test
    void aHashWrittenOutInFullIsShortenedToItsFirstTwelveDigits() {
        String sha = "8548209b45d5ea15491b3dfb562030ebcb5737615b4b35764687a27386382adf";
        org.junit.jupiter.api.Assertions.assertEquals("size: 1561; sha256: 8548209b45d5…",
                AuditTrailPage.LONG_HEX.matcher("size: 1561; sha256: " + sha).replaceAll("$1…"));
        org.junit.jupiter.api.Assertions.assertEquals("events: 1234567890",
                AuditTrailPage.LONG_HEX.matcher("events: 1234567890").replaceAll("$1…"));
    }

    @Test
    void internalIdsAreShortened() {
        String shown = AuditTrailPage.shortIds(FACTS);
        assertTrue(shown.contains("subjects: 3f2a9b1c…;"), shown);
        assertFalse(shown.contains("444455556666"), shown);
    }

    @Test
    void constantsAreFoundButNotTheLettersOfAReference() {
        assertEquals(List.of("HIGH", "CRITICAL"), found(AuditTrailPage.CONSTANT, FACTS));
    }

    @Test
    void datesAndTimesAreFound() {
        assertEquals(List.of("2026-11-30T07:43:12.123456Z"), found(AuditTrailPage.INSTANT, FACTS));
        assertEquals(List.of("2026-12-31"), found(AuditTrailPage.ISO_DATE, FACTS.replace("2026-11-30T07:43:12.123456Z", "")));
    }

    private static List<String> found(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
