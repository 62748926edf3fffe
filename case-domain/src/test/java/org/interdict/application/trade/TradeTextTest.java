package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

class TradeTextTest {

    @Test
    void aQuotedValueIsShortAndHoldsNoControlOrBidiCharacter() {
        assertEquals("'short'", TradeText.quote("short"));
        assertEquals("'" + "x".repeat(59) + "…'", TradeText.quote("x".repeat(100_000)));
        assertEquals("'" + "x".repeat(60) + "'", TradeText.quote("x".repeat(60)));
        assertEquals("'a\uFFFDb\uFFFDc'", TradeText.quote("a\u0000b\u202Ec"));
        String astral = "\uD835\uDD38";
        assertEquals("'" + astral.repeat(59) + "…'", TradeText.quote(astral.repeat(61)), "characters are never cut in half");
    }

    @Test
    void aListNamesTenAndCountsTheRest() {
        List<String> names = IntStream.rangeClosed(1, 10_000).mapToObj(i -> "c" + i).toList();
        assertEquals("'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10' … and 9,990 more", TradeText.list(names));
        assertEquals("'a', 'b'", TradeText.list(List.of("a", "b")));
    }

    @Test
    void controlCharactersAndUndecodedBytesAreProblemsAndTabIsNot() {
        assertNull(TradeText.problem("Goods\tmore «ёлки» \uD835\uDD38", "UTF-8"));
        assertEquals("holds a control character (U+0000, NUL) at character 2; only tab is allowed", TradeText.problem("a\u0000", "UTF-8"));
        assertEquals("holds a control character (U+0085) at character 3; only tab is allowed",
                TradeText.problem("\uD835\uDD38a\u0085", "UTF-8"), "positions count characters, not UTF-16 units");
        assertEquals("holds bytes that are not valid UTF-8 at character 1 (save the file as UTF-8 or Windows-1251)",
                TradeText.problem("\uFFFD", "UTF-8"));
        assertEquals(2, TradeText.length("\uD835\uDD38\uD835\uDD38"));
    }
}
