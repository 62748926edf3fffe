package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.domain.model.trade.ExchangeRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class FredRatesTest {

    @Test
    void aEuroRowIsEurosPerUsdAsThePoundsAndEveryOtherSeries() {
        // January 1999: one euro was worth 1.16 dollars, so a dollar 0.8627 euros; the pound in 1971 2.40 dollars.
        ExchangeRate euro = FredRates.rate("1999-01-01", "Euro", "0.8627").orElseThrow();
        assertEquals("EUR", euro.currency());
        assertEquals(YearMonth.of(1999, 1), euro.month());
        assertEquals(new BigDecimal("0.8627"), euro.unitsPerUsd());
        assertEquals(FredRates.SOURCE, euro.source());
        assertEquals(new BigDecimal("0.4157"), FredRates.rate("1971-01-01", "United Kingdom", "0.4157").orElseThrow().unitsPerUsd());
    }

    @Test
    void aJapanRowIsYenPerUsdAlreadyAndStaysAsWritten() {
        ExchangeRate yen = FredRates.rate("2026-06-01", "Japan", "160.7700").orElseThrow();
        assertEquals("JPY", yen.currency());
        assertEquals(YearMonth.of(2026, 6), yen.month());
        assertEquals(new BigDecimal("160.7700"), yen.unitsPerUsd());
    }

    @Test
    void theEuroAreasCountriesKeepTheirOldCurrenciesToTheirLastRow() {
        ExchangeRate mark = FredRates.rate("2001-12-01", "Germany", "2.1946").orElseThrow();
        assertEquals("DEM", mark.currency());
        assertEquals(new BigDecimal("2.1946"), mark.unitsPerUsd());
        assertEquals("FRF", FredRates.rate("1985-03-01", "France", "9.9").orElseThrow().currency());
        assertEquals("IEP", FredRates.rate("1990-01-01", "Ireland", "1.5").orElseThrow().currency());
    }

    @Test
    void venezuelasRowsTakeTheUnitOfTheirTimeAndTheMixedMonthIsLeftOut() {
        assertEquals("VEF", FredRates.rate("2018-07-01", "Venezuela", "129228.5000").orElseThrow().currency());
        assertEquals(Optional.empty(), FredRates.rate("2018-08-01", "Venezuela", "2495016.1501"));
        assertEquals("VES", FredRates.rate("2018-09-01", "Venezuela", "61.4953").orElseThrow().currency());
        assertEquals("VES", FredRates.rate("2021-10-01", "Venezuela", "4191337.2125").orElseThrow().currency());
        assertEquals("VED", FredRates.rate("2021-11-01", "Venezuela", "4.4848").orElseThrow().currency());
    }

    @Test
    void aCountryWithoutAKnownCurrencyStopsTheLoad() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> FredRates.rate("2024-01-01", "Atlantis", "1"));
        assertTrue(refused.getMessage().contains("Atlantis"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> FredRates.rate("2024-13-01", "Japan", "150"));
        assertThrows(IllegalStateException.class, () -> FredRates.rate("2024-01-01", "Japan", "n/a"));
    }

    @Test
    void everyRowOfThePackagedFileIsARateInUnitsPerUsd() {
        List<ExchangeRate> all = FredRates.all();
        assertEquals(17_237 - 1, all.size(), "every row but Venezuela's August 2018");
        assertEquals(all.size(), all.stream().map(r -> r.currency() + r.month()).distinct().count(), "one rate per currency and month");
        RateTable table = RateTable.of(all);
        assertEquals(new BigDecimal("358.0200"), table.rate("JPY", YearMonth.of(1971, 1)).orElseThrow().unitsPerUsd());
        BigDecimal eur = table.rate("EUR", YearMonth.of(2026, 6)).orElseThrow().unitsPerUsd();
        assertTrue(eur.compareTo(BigDecimal.ONE) < 0, "a dollar bought less than one euro in June 2026 (0.8684 EUR per USD): " + eur);
        BigDecimal gbp = table.rate("GBP", YearMonth.of(1971, 1)).orElseThrow().unitsPerUsd();
        assertTrue(gbp.compareTo(new BigDecimal("0.5")) < 0, "a pound was worth 2.40 dollars in 1971: " + gbp);
        assertTrue(table.rate("RUB", YearMonth.of(2024, 3)).isEmpty(), "FRED publishes no rouble");
        assertEquals(64, FredRates.sha256().length());
    }
}
