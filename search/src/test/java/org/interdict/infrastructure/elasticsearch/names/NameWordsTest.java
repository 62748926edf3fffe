package org.interdict.infrastructure.elasticsearch.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class NameWordsTest {

    private static final NameWords WORDS = NameWords.shared();

    @Test
    void everyLineOfTheFileHasFourColumnsAndAWeightBetweenZeroAndOne() throws IOException {
        List<String> bad = new ArrayList<>();
        int concepts = 0;
        try (InputStream in = NameWords.class.getResourceAsStream("/org/interdict/names/name-words.tsv")) {
            assertNotNull(in, "name-words.tsv is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                concepts++;
                String[] columns = line.split("\t", -1);
                if (columns.length != 4) {
                    bad.add(columns.length + " columns: " + line);
                    continue;
                }
                double weight = Double.parseDouble(columns[1]);
                if (weight < 0 || weight > 1) {
                    bad.add("weight " + weight + ": " + line);
                }
                if ("title".equals(columns[2]) && weight != 0) {
                    bad.add("a title that weighs: " + line);
                }
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(concepts >= 300, concepts + " concepts");
    }

    @Test
    void noFormStandsForTwoConcepts() {
        assertEquals(List.of(), WORDS.conflicts(), "forms given to two concepts");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "wuliu            | logistics          | trade",
            "物流              | logistics          | trade",
            "logistika        | logistics          | trade",
            "Логистика        | logistics          | trade",
            "wu liu           | logistics          | trade",
            "torgovyy dom     | trading_house      | trade",
            "torgovyj dom     | trading_house      | trade",
            "торговый дом     | trading_house      | trade",
            "tekhnologii      | technology         | trade",
            "tehnologii       | technology         | trade",
            "貿易              | trading            | trade",
            "贸易              | trading            | trade",
            "進出口            | import_export      | trade",
            "import export    | import_export      | trade",
            "shenzhen         | shenzhen           | place",
            "shenzhen shi     | shenzhen           | place",
            "深圳市            | shenzhen           | place",
            "shen zhen        | shenzhen           | place",
            "canton           | guangzhou          | place",
            "sankt peterburg  | saint_petersburg   | place",
            "st petersburg    | saint_petersburg   | place",
            "moskva           | moscow             | place",
            "rossiyskiy       | russia             | place",
            "nauchno proizvodstvennoe obedinenie | npo | org",
            "zavod            | factory            | org",
            "of               | stop               | stop",
            "sheikh           | sheikh             | title"
    })
    void translationsAndSpellingsMeetInOneConcept(String form, String concept, String kind) {
        NameWords.Entry entry = WORDS.entry(form);
        assertNotNull(entry, form + " is not in the table");
        assertEquals(concept, entry.concept(), form);
        assertEquals(NameWords.Kind.of(kind), entry.kind(), form);
    }

    @Test
    void distinctiveWordsAreNotInTheTable() {
        assertNull(WORDS.entry("xinhao"));
        assertNull(WORDS.entry("tianmu"));
        assertNull(WORDS.entry("hikvision"));
        assertNull(WORDS.entry("海康威视"));
        assertNull(WORDS.entry(""));
        assertNull(WORDS.entry(null));
    }

    @Test
    void titlesWeighNothingAndStopWordsAlmostNothing() {
        assertEquals(0.0, WORDS.entry("general").weight());
        assertEquals(0.0, WORDS.entry("господин").weight());
        assertTrue(WORDS.entry("the").weight() <= 0.05);
        assertTrue(WORDS.entry("golden").weight() > WORDS.entry("trading").weight());
    }

    @Test
    void theLongestFormsAreKnownSoACallerCanLookAhead() {
        assertTrue(WORDS.longestLatinPhrase() >= 5, "longest Latin phrase " + WORDS.longestLatinPhrase());
        assertTrue(WORDS.longestHanForm() >= 8, "longest Han form " + WORDS.longestHanForm());
        assertNotNull(WORDS.entry("economic and technological development zone"));
        assertNotNull(WORDS.entry("新疆维吾尔自治区"));
    }

    @Test
    void pinyinSharedByTwoConceptsIsLeftOut() throws IOException {
        NameWords words = NameWords.read(new BufferedReader(new StringReader(
                "shanxi\t0.3\tplace\tshanxi|山西\nshaanxi\t0.3\tplace\tshaanxi|陕西\n")));
        assertNull(words.entry("shan xi"));
        assertEquals("shaanxi", words.entry("shaanxi").concept());
        assertEquals(List.of("shan xi: shanxi / shaanxi"), words.homophones());
        System.out.println("Pinyin spellings of the table left out: " + WORDS.homophones());
    }

    @Test
    void aFormGivenToTwoConceptsIsReported() throws IOException {
        NameWords words = NameWords.read(new BufferedReader(new StringReader(
                "trading\t0.1\ttrade\ttrade|贸易\ncommerce\t0.15\ttrade\tTrade|貿易\n")));
        assertEquals(List.of("trade: trading / commerce", "貿易: trading / commerce", "贸易: trading / commerce"),
                words.conflicts().stream().sorted().toList());
    }

    @Test
    void aMalformedLineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NameWords.read(new BufferedReader(
                new StringReader("trading\t0.1\ttrade\n"))));
        assertThrows(IllegalArgumentException.class, () -> NameWords.read(new BufferedReader(
                new StringReader("trading\t1.5\ttrade\ttrade\n"))));
        assertThrows(IllegalArgumentException.class, () -> NameWords.read(new BufferedReader(
                new StringReader("trading\t0.1\tbusiness\ttrade\n"))));
    }
}
