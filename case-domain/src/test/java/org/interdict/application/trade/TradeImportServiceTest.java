package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.domain.model.trade.HsCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

class TradeImportServiceTest {

    private static final TradeImportService SERVICE = new TradeImportService(null, null, null, null, new ChpList(), null, null, null);
    private static final TradeImports.Batch BATCH = new TradeImports.Batch(UUID.randomUUID(), "ECA", "f.csv", 1, "x", "UTF-8",
            ",", "RUNNING", "alice", Instant.now(), Instant.now(), null, 0, 0, 0, 0, null);

    @Test
    void listedGoodsToASanctionedDestinationAreFlaggedWithTheirTier() {
        TradeImports.TradeRecordRow row = SERVICE.assess(line("8542.31.90", "RU", "USD"), BATCH, null, null);
        assertEquals("1", row.chpTier());
        assertTrue(row.flagged());
        assertEquals(new BigDecimal("100"), row.valueUsd());
        assertEquals("ECA", row.agency());
    }

    @Test
    void listedGoodsElsewhereKeepTheirTierUnflaggedAndUnlistedGoodsHaveNone() {
        TradeImports.TradeRecordRow elsewhere = SERVICE.assess(line("851762", "KZ", "EUR"), BATCH, null, null);
        assertEquals("2", elsewhere.chpTier());
        assertFalse(elsewhere.flagged());
        assertNull(elsewhere.valueUsd(), "only USD values are taken as USD");
        TradeImports.TradeRecordRow horses = SERVICE.assess(line("010121", "RU", "USD"), BATCH, null, null);
        assertNull(horses.chpTier());
        assertFalse(horses.flagged());
    }

    private static CustomsCsv.Line line(String hs, String destination, String currency) {
        return new CustomsCsv.Line(2, "D-1", 1, LocalDate.of(2024, 3, 1), HsCode.parse(hs), null, "A", "B", "CN", "HK",
                destination, new BigDecimal("100"), currency, null, null, null);
    }
}
