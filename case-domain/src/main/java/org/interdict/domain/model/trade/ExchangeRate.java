package org.interdict.domain.model.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What one US dollar bought of a currency in a month, on average, and who says so: a customs value in
 * that currency, declared in that month, divided by the rate is its value in US dollars.
 *
 * @param currency    ISO 4217 code in capitals, e.g. RUB; codes of currencies no longer used (DEM, FRF)
 *                    are rates of that currency, for the records of its time
 * @param month       the month the rate is the average of
 * @param unitsPerUsd units of the currency per 1 USD, more than zero
 * @param source      who published it, e.g. "FRED (US Federal Reserve)" or "Bank of Russia"
 */
public record ExchangeRate(String currency, YearMonth month, BigDecimal unitsPerUsd, String source) {

    /** The longest source name kept. */
    public static final int MAX_SOURCE = 120;

    public ExchangeRate {
        Objects.requireNonNull(currency, "A currency is required");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A currency is a three-letter ISO 4217 code in capitals, e.g. RUB; '" + currency
                    + "' is not");
        }
        Objects.requireNonNull(month, "A month is required");
        Objects.requireNonNull(unitsPerUsd, "A rate is required");
        if (unitsPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("A rate is units of the currency per US dollar, more than zero; "
                    + unitsPerUsd.toPlainString() + " is not");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A rate needs its source, e.g. Bank of Russia");
        }
        source = source.strip();
        if (source.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("A source is at most " + MAX_SOURCE + " characters long");
        }
    }
}
