package org.interdict.application.trade;

import org.interdict.application.Page;
import org.interdict.domain.model.trade.ExchangeRate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Port: the exchange rates held, one per currency and month, each with who loaded it and when.
 * Reference data of the installation, not of an agency.
 */
public interface ExchangeRateStore {

    /** Every rate held: what a {@link RateTable} is made of. */
    List<ExchangeRate> all();

    /** One currency's rates, the newest month first. */
    Page<HeldRate> list(String currency, int offset, int limit);

    /** Each currency held, by code: its first and last month, how many months and from which sources. */
    List<CurrencyRates> currencies();

    /** The rates held now for the currencies and months of these rates (whatever their values): what storing them replaces. */
    List<HeldRate> held(Collection<ExchangeRate> rates);

    /** Stores the rates, each replacing the one held for its currency and month. */
    void put(Collection<ExchangeRate> rates, String loadedBy, Instant at);

    /** Stores the rates whose currency and month have none yet, and leaves the others as they are; how many were new. */
    int addMissing(Collection<ExchangeRate> rates, String loadedBy, Instant at);

    /** Whether this version (SHA-256) of a packaged table has been loaded. */
    boolean packagedLoaded(String name, String sha256);

    /** Notes that this version of a packaged table has been loaded. */
    void packagedLoaded(String name, String sha256, int rows, Instant at);

    /** A rate as held: the rate, who loaded it and when. */
    record HeldRate(String currency, YearMonth month, BigDecimal unitsPerUsd, String source, String loadedBy, Instant loadedAt) {

        public ExchangeRate rate() {
            return new ExchangeRate(currency, month, unitsPerUsd, source);
        }
    }

    /**
     * A currency's rates in brief.
     *
     * @param sources the sources of its rates, the one of its latest month first
     */
    record CurrencyRates(String currency, YearMonth firstMonth, YearMonth lastMonth, long months, List<String> sources) {
    }
}
