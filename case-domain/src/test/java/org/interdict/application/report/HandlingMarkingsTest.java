package org.interdict.application.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HandlingMarkingsTest {

    @Test
    void noMarkingIsOfficial() {
        assertEquals("OFFICIAL", HandlingMarkings.mostRestrictive(List.of()));
        assertEquals("OFFICIAL", HandlingMarkings.mostRestrictive(Arrays.asList(null, " ")));
    }

    @Test
    void theStrongestClassificationWordWins() {
        assertEquals("OFFICIAL-SENSITIVE", HandlingMarkings.mostRestrictive(List.of("OFFICIAL", "OFFICIAL-SENSITIVE")));
        assertEquals("RESTRICTED", HandlingMarkings.mostRestrictive(List.of("OFFICIAL-SENSITIVE", "RESTRICTED", "OFFICIAL")));
        assertEquals("NATO CONFIDENTIAL", HandlingMarkings.mostRestrictive(List.of("EU RESTRICTED", "NATO CONFIDENTIAL")));
        assertEquals("TOP SECRET", HandlingMarkings.mostRestrictive(List.of("SECRET", "TOP SECRET")));
        assertEquals("UNCLASSIFIED", HandlingMarkings.mostRestrictive(List.of("UNCLASSIFIED")));
    }

    @Test
    void aCaveatBreaksATieWhateverTheOrder() {
        assertEquals("EU RESTRICTED", HandlingMarkings.mostRestrictive(List.of("RESTRICTED", "EU RESTRICTED")));
        assertEquals("EU RESTRICTED", HandlingMarkings.mostRestrictive(List.of("EU RESTRICTED", "RESTRICTED")));
    }
}
