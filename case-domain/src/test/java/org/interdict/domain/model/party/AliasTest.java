package org.interdict.domain.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

class AliasTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "'ООО «Сильва»', Cyrillic",
            "'武汉高芯科技有限公司', Han",
            "'Silva LLC', Latin",
            "'Ωμέγα Ναυτιλιακή', Greek",
            "'شركة النور', Arabic"
    })
    void scriptIsDetectedFromTheLettersOfTheName(String name, String script) {
        assertEquals(script, new Alias(name, null, null).script());
    }

    @ParameterizedTest
    @CsvSource({"'', name", "'   ', name"})
    void blankAliasIsRefused(String name, String word) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Alias(name, null, null));
        assertEquals("An alias needs a name", refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"'China'", "'C'", "'CHN'"})
    void countryIsATwoLetterCode(String country) {
        assertThrows(IllegalArgumentException.class, () -> new PartyDetails(PartyKind.COMPANY, "X", country, null,
                List.of(), List.of(), List.of(), Set.of()));
    }
}
