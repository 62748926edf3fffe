package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.domain.model.trade.ExchangeRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

class RateTableTest {

    private final RateTable table = RateTable.of(List.of(
            new ExchangeRate("RUB", YearMonth.of(2024, 1), new BigDecimal("89.6"), "Bank of Russia"),
            new ExchangeRate("RUB", YearMonth.of(2024, 3), new BigDecimal("91.8"), "Bank of Russia"),
            new ExchangeRate("CNY", YearMonth.of(2024, 3), new BigDecimal("7.2"), "FRED (US Federal Reserve)")));

    @Test
    void aValueConvertsWithTheRateOfItsOwnMonth() {
        RateTable.Conversion c = table.toUsd(new BigDecimal("918000.00"), "RUB", LocalDate.of(2024, 3, 28)).orElseThrow();
        assertEquals(new BigDecimal("10000.00"), c.usd());
        assertEquals(new BigDecimal("91.8"), c.unitsPerUsd());
        assertEquals(YearMonth.of(2024, 3), c.month());
        assertEquals("Bank of Russia", c.source());
        assertEquals(new BigDecimal("1388.89"), table.toUsd(new BigDecimal("10000"), "cny", LocalDate.of(2024, 3, 1)).orElseThrow()
                .usd(), "any case; rounded to the cent");
    }

    @Test
    void aMonthWithoutARateTakesTheNearestEarlierWithinThreeMonthsAndSaysWhich() {
        RateTable.Conversion february = table.toUsd(new BigDecimal("896"), "RUB", LocalDate.of(2024, 2, 10)).orElseThrow();
        assertEquals(YearMonth.of(2024, 1), february.month(), "January's rate, named as January's");
        assertEquals(new BigDecimal("10.00"), february.usd());
        assertEquals(YearMonth.of(2024, 3), table.toUsd(BigDecimal.TEN, "RUB", LocalDate.of(2024, 6, 30)).orElseThrow().month(),
                "three months on");
        assertTrue(table.toUsd(BigDecimal.TEN, "RUB", LocalDate.of(2024, 7, 1)).isEmpty(), "four months on: no rate");
    }

    @Test
    void noRateBeforeTheFirstMonthNorForACurrencyWithoutRates() {
        assertTrue(table.toUsd(BigDecimal.TEN, "RUB", LocalDate.of(2023, 12, 31)).isEmpty());
        assertTrue(table.toUsd(BigDecimal.TEN, "KZT", LocalDate.of(2024, 3, 1)).isEmpty());
        assertTrue(table.toUsd(null, "RUB", LocalDate.of(2024, 3, 1)).isEmpty());
        assertTrue(table.toUsd(BigDecimal.TEN, "RUB", null).isEmpty());
    }

    @Test
    void dollarsAreThemselves() {
        RateTable.Conversion c = table.toUsd(new BigDecimal("1234.5"), "USD", LocalDate.of(1990, 5, 5)).orElseThrow();
        assertEquals(new BigDecimal("1234.50"), c.usd());
        assertEquals(BigDecimal.ONE, c.unitsPerUsd());
        assertEquals(YearMonth.of(1990, 5), c.month());
        assertEquals("USD", c.source());
        assertEquals(3, table.size());
    }
}
