package org.interdict.application.trade;

import org.interdict.domain.model.trade.ExchangeRate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every exchange rate held, as it stood when the table was read: what an import converts a million
 * values with, without asking the database for each. It does not change; a rate loaded meanwhile is in
 * the next table read.
 *
 * <p>A value is converted with its currency's rate of the month of its date. A month without a rate
 * takes the nearest earlier month's, up to {@value #FALLBACK_MONTHS} months back (rates are published
 * after the month ends, so the latest records are often a month or two ahead of them); the conversion
 * then names the rate's month, not the record's. Further back, or in a currency without rates, there is
 * no conversion: the caller shows "no rate" rather than a value from a rate of another time.
 */
public final class RateTable {

    /** How many months before a record's month a rate may be taken from. */
    public static final int FALLBACK_MONTHS = 3;

    /** The source a US dollar value converts with: itself. */
    public static final String USD_SOURCE = "USD";

    /** US dollars are kept to the cent, as the records' values are. */
    private static final int USD_SCALE = 2;

    private static final MathContext DIVISION = MathContext.DECIMAL128;

    /**
     * A value in US dollars and the rate it was converted with.
     *
     * @param usd         the value in US dollars, to the cent
     * @param unitsPerUsd the rate: units of the value's currency per US dollar (1 for USD)
     * @param month       the rate's month: the record's own, or up to three months before it
     * @param source      who published the rate, e.g. "FRED (US Federal Reserve)"; "USD" for a value in dollars
     */
    public record Conversion(BigDecimal usd, BigDecimal unitsPerUsd, YearMonth month, String source) {
    }

    private final Map<String, NavigableMap<YearMonth, ExchangeRate>> byCurrency;
    private final int size;

    private RateTable(Map<String, NavigableMap<YearMonth, ExchangeRate>> byCurrency, int size) {
        this.byCurrency = byCurrency;
        this.size = size;
    }

    /** A table of these rates; of two for the same currency and month, the later in the collection counts. */
    public static RateTable of(Collection<ExchangeRate> rates) {
        Map<String, NavigableMap<YearMonth, ExchangeRate>> byCurrency = new HashMap<>();
        for (ExchangeRate rate : rates) {
            byCurrency.computeIfAbsent(rate.currency(), c -> new TreeMap<>()).put(rate.month(), rate);
        }
        Map<String, NavigableMap<YearMonth, ExchangeRate>> frozen = new HashMap<>();
        byCurrency.forEach((currency, months) -> frozen.put(currency, java.util.Collections.unmodifiableNavigableMap(months)));
        return new RateTable(Map.copyOf(frozen), byCurrency.values().stream().mapToInt(Map::size).sum());
    }

    /**
     * The value in US dollars, by the rate of its currency for the month of the date, or the nearest
     * earlier one within {@value #FALLBACK_MONTHS} months; a US dollar value is itself, with source
     * {@value #USD_SOURCE}. Empty when there is no such rate, or no value, currency or date to convert.
     *
     * @param currency ISO 4217 code, any case
     */
    public Optional<Conversion> toUsd(BigDecimal value, String currency, LocalDate date) {
        if (value == null || currency == null || date == null) {
            return Optional.empty();
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        YearMonth month = YearMonth.from(date);
        if (USD_SOURCE.equals(code)) {
            return Optional.of(new Conversion(value.setScale(USD_SCALE, RoundingMode.HALF_EVEN), BigDecimal.ONE, month, USD_SOURCE));
        }
        return rate(code, month).map(rate -> new Conversion(
                value.divide(rate.unitsPerUsd(), DIVISION).setScale(USD_SCALE, RoundingMode.HALF_EVEN),
                rate.unitsPerUsd(), rate.month(), rate.source()));
    }

    /** The rate a value of this currency and month converts with: the month's own, or the nearest earlier within the fallback. */
    public Optional<ExchangeRate> rate(String currency, YearMonth month) {
        NavigableMap<YearMonth, ExchangeRate> months = byCurrency.get(currency);
        if (months == null) {
            return Optional.empty();
        }
        Map.Entry<YearMonth, ExchangeRate> nearest = months.floorEntry(month);
        if (nearest == null || nearest.getKey().isBefore(month.minusMonths(FALLBACK_MONTHS))) {
            return Optional.empty();
        }
        return Optional.of(nearest.getValue());
    }

    /** How many rates the table holds. */
    public int size() {
        return size;
    }
}
