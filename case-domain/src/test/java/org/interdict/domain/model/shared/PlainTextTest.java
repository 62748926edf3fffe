package org.interdict.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B", "\u00A0", "\u3000\u2007\u202F", "\u2060\uFEFF\u00AD", "\u200D", "\t\n", "\u2800",
            "\u3164\u115F\u2800", "\u034F\u17B4", "\u2028\u2029"})
    void textWithNothingVisibleIsBlank(String blank) {
        assertTrue(PlainText.isBlank(blank));
        assertNull(PlainText.optionalLine(blank, "a title", 10));
        var refused = assertThrows(IllegalArgumentException.class, () -> PlainText.line(blank, "a title", 10));
        assertEquals("A title is required and must have some visible text.", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u001Bb", "a\u007Fb", "a\u0085b"})
    void controlCharactersAreRefusedWithTheirPosition(String text) {
        var refused = assertThrows(IllegalArgumentException.class, () -> PlainText.optionalParagraphs(text, "a note", 100));
        assertTrue(refused.getMessage().startsWith("A note may not contain control characters (U+"), refused.getMessage());
        assertTrue(refused.getMessage().contains("position 2"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Eexe.pdf", "a\u202Ab", "a\u2066b\u2069", "a\u202Db"})
    void charactersThatReorderTextAreRefused(String text) {
        var refused = assertThrows(IllegalArgumentException.class, () -> PlainText.line(text, "the primary name", 100));
        assertTrue(refused.getMessage().contains("reverse or reorder"), refused.getMessage());
    }

    @Test
    void anUnpairedSurrogateIsNotText() {
        var refused = assertThrows(IllegalArgumentException.class, () -> PlainText.line("Broken \uD800 name", "the name", 100));
        assertTrue(refused.getMessage().contains("not valid Unicode"), refused.getMessage());
        assertEquals("Sino 𠀋 Trading", PlainText.line("Sino 𠀋 Trading", "the name", 100), "a paired surrogate is a character");
    }

    @Test
    void invisibleMarksAreRemovedAndJoinersKeptInsideWords() {
        assertEquals("Silva", PlainText.line("Sil\u200Bva\uFEFF", "the name", 100));
        assertEquals("Silva", PlainText.line("Sil\u00ADva", "the name", 100));
        assertEquals("می\u200Cخواهم", PlainText.line("می\u200Cخواهم", "the name", 100));
    }

    @Test
    void oneLineFieldsFoldLineBreaksWhileParagraphsKeepThem() {
        assertEquals("Body armour from Shanghai", PlainText.line("  Body armour\r\nfrom\tShanghai \u00A0", "a title", 100));
        assertEquals("first\nsecond\n\tthird", PlainText.paragraphs("first\r\nsecond\r\tthird\n", "a note", 100));
        assertEquals("RV linesep", PlainText.line("RV\u2028linesep", "the name", 100));
    }

    @Test
    void textIsNormalisedToNfcBeforeItsLengthCounts() {
        String decomposed = "Cafe\u0301";
        assertEquals("Café", PlainText.line(decomposed, "the name", 4));
        assertEquals("𠀋𠀋", PlainText.line("𠀋𠀋", "the name", 2), "characters count, not UTF-16 units");
        var refused = assertThrows(IllegalArgumentException.class, () -> PlainText.line("x".repeat(11), "a tag", 10));
        assertTrue(refused.getMessage().startsWith("A tag has at most 10 characters"), refused.getMessage());
    }

    @Test
    void countriesAreIso3166() {
        assertEquals("CN", PlainText.country(" cn ", "the country"));
        assertEquals("XK", PlainText.country("XK", "the country"));
        assertNull(PlainText.country(" ", "the country"));
        for (String bad : new String[] {"ZZ", "UK", "China", "C1"}) {
            assertThrows(IllegalArgumentException.class, () -> PlainText.country(bad, "the country"), bad);
        }
    }

    @Test
    void webAddressesAreHttpOrHttps() {
        assertEquals("https://www.dji.com", PlainText.webAddress("www.dji.com", "the website", 300));
        assertEquals("http://iflight-rc.com/about", PlainText.webAddress("http://iflight-rc.com/about", "the website", 300));
        for (String bad : new String[] {"javascript:alert(1)", "JAVASCRIPT://x%0aalert(1)", "data:text/html,<b>x</b>",
                "file:///etc/passwd", "ftp://example.cn", "https://user:pw@example.cn", "http://"}) {
            assertThrows(IllegalArgumentException.class, () -> PlainText.webAddress(bad, "the website", 300), bad);
        }
    }

    @Test
    void datesStayWithinTheYearsPeopleMean() {
        assertEquals(LocalDate.of(2026, 12, 1), PlainText.date(LocalDate.of(2026, 12, 1), "a due date"));
        assertThrows(IllegalArgumentException.class, () -> PlainText.date(LocalDate.of(1900, 1, 1), "a due date"));
        assertThrows(IllegalArgumentException.class, () -> PlainText.date(LocalDate.of(9999, 1, 1), "a due date"));
    }

    @Test
    void fileNamesKeepTheirLastSegmentAndNoControls() {
        assertEquals("passwd X-Injected: 1", PlainText.fileName("../../etc/passwd\r\nX-Injected: 1"));
        assertEquals("march.csv", PlainText.fileName("C:\\Users\\clerk\\march.csv"));
        assertEquals("hidden.csv", PlainText.fileName("...hidden.csv"));
        assertNull(PlainText.fileName("../"));
        String longName = "a".repeat(300) + ".csv";
        String shortened = PlainText.fileName(longName);
        assertEquals(255, shortened.length());
        assertTrue(shortened.endsWith(".csv"));
        assertFalse(PlainText.fileName("evil\u202Egnp.exe").contains("\u202E"));
    }
}
