package org.interdict.domain.model.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HsCodeTest {

    @Test
    void readsTheWaysDeclarationsWriteIt() {
        assertEquals("854231", HsCode.parse("8542.31").digits());
        assertEquals("8542319000", HsCode.parse(" 8542 31 90 00 ").digits());
        HsCode code = HsCode.parse("8542.31.90");
        assertEquals("854231", code.hs6());
        assertEquals("8542", code.heading());
        assertEquals("85", code.chapter());
    }

    @Test
    void refusesWhatIsNoCodeWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HsCode.parse("8542")).getMessage().contains("6 to 12 digits"));
        assertThrows(IllegalArgumentException.class, () -> HsCode.parse("85423A"));
        assertThrows(IllegalArgumentException.class, () -> HsCode.parse("8542310000123"));
        assertEquals("854231", HsCode.parse("85423100001").hs6(), "an 11-digit national line keeps its subheading");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HsCode.parse("770000")).getMessage().contains("77"));
        assertThrows(IllegalArgumentException.class, () -> HsCode.parse("000000"));
        assertThrows(IllegalArgumentException.class, () -> HsCode.parse(" "));
    }
}
