package org.interdict.infrastructure.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.infrastructure.elasticsearch.names.NameNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

class NameEvidenceTest {

    private static final NameNormalizer NAMES = NameNormalizer.shared();

    private static NameEvidence.Scored score(String wanted, String known, List<String> wantedIds, List<String> knownIds,
            String wantedCountry, String country) {
        return NameEvidence.score(NAMES.normalize(wanted), wanted, List.of(new NameEvidence.Variant(known, NAMES.normalize(known))),
                wantedIds, knownIds, wantedCountry, country);
    }

    @Test
    void aNameInCyrillicWithAnotherLegalFormIsTheSameName() {
        NameEvidence.Scored scored = score("ООО «Сильва»", "Silva LLC", List.of(), List.of(), "RU", "RU");
        assertEquals(1.0, scored.score());
        assertTrue(scored.explanation().contains("same country RU"), scored.explanation());
    }

    @Test
    void namesWhoseNumbersDifferAreTwoCompaniesHoweverAlikeTheLetters() {
        NameEvidence.Scored scored = score("Exporter 12 Trading", "Exporter 13 Trading", List.of(), List.of(), null, null);
        assertTrue(scored.score() <= NameEvidence.NUMBERS_DIFFER, scored.toString());
        assertTrue(scored.explanation().contains("'12'"), scored.explanation());
        assertEquals(1.0, score("Exporter 12 Trading", "EXPORTER 12 TRADING", List.of(), List.of(), null, null).score());
    }

    @Test
    void anIdenticalRegistryNumberIsStrongEvidenceWhateverTheName() {
        NameEvidence.Scored scored = score("ООО «Нечто Иное»", "Silva LLC", List.of("INN:7707083893"), List.of("INN:7707083893"),
                null, null);
        assertEquals(NameEvidence.SAME_IDENTIFIER, scored.score());
        assertTrue(scored.explanation().contains("identifier INN:7707083893 is the same"), scored.explanation());
    }

    @Test
    void anotherCountryWeighsAgainst() {
        double same = score("Karovi Optics", "Karovi Optics Ltd", List.of(), List.of(), "CN", "CN").score();
        double other = score("Karovi Optics", "Karovi Optics Ltd", List.of(), List.of(), "CN", "HK").score();
        assertEquals(1.0, same);
        assertEquals(0.95, other, 1e-9);
    }

    @Test
    void forResolutionSiblingCompaniesOfOneCityAndTradeAreNotOneHoweverAlikeTheirNames() {
        var wanted = NAMES.normalize("Shenzhen Randemi Machinery Co., Ltd.");
        var sibling = List.of(new NameEvidence.Variant("Shenzhen Xintekvi Machinery", NAMES.normalize("Shenzhen Xintekvi Machinery")));
        NameEvidence.Scored screened = NameEvidence.score(wanted, "x", sibling, List.of(), List.of(), null, null);
        assertTrue(screened.score() < 0.7, "screening no longer raises it: " + screened);
        NameEvidence.Scored strict = NameEvidence.score(wanted, "x", sibling, List.of(), List.of(), null, null, true);
        assertTrue(strict.score() < 0.7, strict.toString());
        assertTrue(strict.explanation().contains("distinctive word"), strict.explanation());
        var typo = List.of(new NameEvidence.Variant("Shenzhen Randemy Machinery", NAMES.normalize("Shenzhen Randemy Machinery")));
        assertTrue(NameEvidence.score(wanted, "x", typo, List.of(), List.of(), null, null, true).score() >= 0.9);
        var pinyin = List.of(new NameEvidence.Variant("武汉高德红外", NAMES.normalize("武汉高德红外")));
        assertTrue(NameEvidence.score(NAMES.normalize("Wuhan Gaode Hongwai"), "x", pinyin, List.of(), List.of(), null, null, true)
                .score() >= 0.9, "pinyin syllables against words run together");
    }

    @Test
    void forResolutionANameWithAWordTheOtherLacksIsProposedNotLinked() {
        var known = List.of(new NameEvidence.Variant("Karovineta Mirosude Co., Ltd.", NAMES.normalize("Karovineta Mirosude Co., Ltd.")));
        for (String close : List.of("Karovineta Mirosude Mariner", "Karovineta Mirosude Vostok")) {
            NameEvidence.Scored scored = NameEvidence.score(NAMES.normalize(close), close, known, List.of(), List.of(), "CN", null, true);
            assertTrue(scored.score() >= 0.75 && scored.score() < 0.9, close + ": " + scored);
        }
        NameEvidence.Scored same = NameEvidence.score(NAMES.normalize("KAROVINETA MIROSUDE LIMITED"), "x", known, List.of(),
                List.of(), null, null, true);
        assertEquals(1.0, same.score(), same.toString());
    }
}
