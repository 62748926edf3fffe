package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.CsvReader;
import org.interdict.domain.model.trade.ChpTier;
import org.interdict.domain.model.trade.HsCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The packaged CHP list against the published one in ../shared/data, row by row. */
class ChpListTest {

    private static final ChpList LIST = new ChpList();

    @Test
    void everyListedSubheadingHasItsTierAlsoWithNationalDigits() throws IOException {
        Path published = Path.of(System.getProperty("interdict.shared.data", "../../shared/data"))
                .resolve("reference/chpl_common_high_priority_items_2024-02.csv");
        Map<ChpTier, Integer> perTier = new EnumMap<>(ChpTier.class);
        try (Reader in = Files.newBufferedReader(published, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(in, ',');
            csv.next();
            int rows = 0;
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                String tier = row.fields().get(0);
                String hs6 = row.fields().get(1);
                assertEquals(tier, LIST.classify(HsCode.parse(hs6)).orElseThrow().tier().label(), hs6);
                assertEquals(tier, LIST.classify(HsCode.parse(hs6.substring(0, 4) + "." + hs6.substring(4) + ".90.10"))
                        .orElseThrow().tier().label(), hs6 + " with national digits");
                perTier.merge(ChpTier.ofLabel(tier), 1, Integer::sum);
                rows++;
            }
            assertEquals(50, rows);
        }
        assertEquals(Map.of(ChpTier.TIER_1, 4, ChpTier.TIER_2, 5, ChpTier.TIER_3A, 16, ChpTier.TIER_3B, 9,
                ChpTier.TIER_4A, 11, ChpTier.TIER_4B, 5), perTier);
        assertEquals(50, LIST.items().size());
    }

    @Test
    void codesOffTheListHaveNoTier() {
        assertFalse(LIST.classify(HsCode.parse("0101.21")).isPresent(), "live horses");
        assertFalse(LIST.classify(HsCode.parse("8542.90")).isPresent(), "parts of integrated circuits are not listed");
        assertTrue(LIST.classify(HsCode.parse("8542.31")).isPresent());
    }

    @Test
    void theNomenclatureKnowsItsSubheadings() {
        HsNomenclature hs = new HsNomenclature();
        assertTrue(hs.size() > 6900, "codes: " + hs.size());
        assertTrue(hs.exists(HsCode.parse("8542.31.00")));
        assertEquals("Electronic integrated circuits; memories", hs.describe(HsCode.parse("854232")).orElseThrow());
        assertFalse(hs.exists(HsCode.parse("8542.99")));
        assertEquals("Animals; live", hs.describe("01").orElseThrow());
    }
}
