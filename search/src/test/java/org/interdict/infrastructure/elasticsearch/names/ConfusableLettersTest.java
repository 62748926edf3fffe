package org.interdict.infrastructure.elasticsearch.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Latin names typed with Cyrillic look-alikes, and the reverse, meet their clean spelling. */
class ConfusableLettersTest {

    private static final NameNormalizer NAMES = new NameNormalizer();

    private static void normalisesLike(String clean, String typed) {
        NormalizedName expected = NAMES.normalize(clean);
        NormalizedName actual = NAMES.normalize(typed);
        assertEquals(expected.normalized(), actual.normalized());
        assertEquals(expected.tokens(), actual.tokens());
        assertEquals(expected.script(), actual.script());
        assertEquals(expected.kind(), actual.kind());
        assertEquals(expected.legalForms(), actual.legalForms());
        assertEquals(expected.spellings(), actual.spellings());
        assertEquals(expected.keys(), actual.keys());
    }

    @Test
    void aLatinWordWithACyrillicLookAlikeIsWrittenInLatin() {
        assertEquals("SAYDBEK", ConfusableLetters.fold("SAYDBE\u041A"));
        assertEquals("OOO ROMASHKA", ConfusableLetters.fold("OOO R\u041EMASHKA"));
    }

    @Test
    void aLatinNameWithACyrillicLookAlikeNormalisesLikeItsCleanSpelling() {
        normalisesLike("SAYDBEK", "SAYDBE\u041A");
        // Cyrillic Р, С and Н romanise as R, S and N: without folding this is "retroshem".
        normalisesLike("PETROCHEM TRADING LLC", "\u0420ETRO\u0421\u041DEM TRADING LLC");
    }

    @Test
    void aCyrillicLookAlikeInALatinNameMatchesAsWellAsTheLatinLetter() {
        double latin = NameSimilarity.score(NAMES.normalize("OOO ROMASHKA"), NAMES.normalize("ROMASHKA LLC")).value();
        double typed = NameSimilarity.score(NAMES.normalize("OOO R\u041EMASHKA"), NAMES.normalize("ROMASHKA LLC")).value();
        assertTrue(typed >= 0.9, "scored " + typed);
        assertEquals(latin, typed);
        double chemical = NameSimilarity.score(NAMES.normalize("\u0420ETRO\u0421\u041DEM"), NAMES.normalize("Petrochem LLC")).value();
        assertTrue(chemical >= 0.9, "scored " + chemical);
    }

    @Test
    void aCyrillicWordWithLatinLookAlikesIsWrittenInCyrillic() {
        // Latin P, c, o and a in Cyrillic words.
        assertEquals("ООО «Ромашка»", ConfusableLetters.fold("ООО «Pомашкa»"));
        assertEquals("Спецсервис", ConfusableLetters.fold("Cпецсeрвиc"));
        normalisesLike("ООО «Ромашка»", "ООО «Pомашкa»");
        normalisesLike("ООО «Спецсервис»", "OOO «Cпецсeрвиc»");
    }

    @Test
    void theCaseOfTheLookAlikeIsKept() {
        // Cyrillic І has the skeleton of Latin l; in a Latin word in capitals it is an I.
        assertEquals("MINSK", ConfusableLetters.fold("M\u0406NSK"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ООО ROMASHKA", "OOO Ромашка", "ТЕХНО-SOFT", "Modern Burn", "Ромашка", "R0MASHKA", "ОOКO", "Hôtel Nürnberg"})
    void wordsInOneScriptAndWordsOfEvenScriptsAreLeftAsTheyAre(String name) {
        assertEquals(name, ConfusableLetters.fold(name));
    }

    @Test
    void namesInSeparateWordsOfSeparateScriptsKeepTheirLetters() {
        // Cyrillic РОМАШКА is romashka, whatever a Latin word beside it says.
        NormalizedName mixed = NAMES.normalize("ООО ROMASHKA");
        assertEquals("romashka", mixed.normalized());
        // ВЕРХ is written wholly in Cyrillic letters that all look like Latin ones (BEPX): it is still verkh.
        assertEquals("ВЕРХ", ConfusableLetters.fold("ВЕРХ"));
        assertNotEquals(NAMES.normalize("OOO BEPX").normalized(), NAMES.normalize("OOO ВЕРХ").normalized());
    }

    @Test
    void plainAsciiIsReturnedAsItIs() {
        String name = "Romashka LLC";
        assertSame(name, ConfusableLetters.fold(name));
    }
}
