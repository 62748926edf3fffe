package org.interdict.application.trade;

import org.interdict.domain.model.trade.ExchangeRate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The monthly average exchange rates of the US Federal Reserve (FRED series of the H.10 / G.5
 * releases, via datasets/exchange-rates, ODC-PDDL-1.0), as packaged with the product in
 * {@value #RESOURCE}: one row per country and month (Date, Country, Exchange rate).
 *
 * <p>The file names countries, not currencies; every series in it is units of the currency per US dollar
 * (the euro's first month, January 1999, reads 0.8627: euros per dollar, the dollar being worth 1.16 euros
 * then; the pound in January 1971 0.4157 pounds per dollar) — also those FRED itself quotes the other way
 * round (the euro, the pound, the Australian and New Zealand dollars, the punt): the file has them inverted
 * already, whatever the data's SOURCES.md says. This class knows each series' ISO 4217 currency. The euro area's countries keep their own currencies
 * (Germany is DEM to its last row in 2001, the euro's rate converted at the fixed rate, which is still
 * a rate of the mark). Venezuela's series changed its unit twice: bolívares fuertes (VEF, earlier years
 * already in VEF's units) to July 2018, bolívares soberanos (VES) from September 2018 and digital
 * bolívares (VED) from November 2021; August 2018 averages days of two units, is a rate of neither and
 * is left out. A country this class does not know stops the load: a new version of the file must be
 * mapped before it ships.
 */
final class FredRates {

    static final String RESOURCE = "/org/interdict/reference/fx_monthly_fred.csv";

    /** The source every packaged rate names. */
    static final String SOURCE = "FRED (US Federal Reserve)";

    /** The currency of a country's rows between two months (null: open). */
    record Series(String currency, YearMonth from, YearMonth to) {

        static Series units(String currency) {
            return new Series(currency, null, null);
        }

        boolean covers(YearMonth month) {
            return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
        }
    }

    /** Each country of the file and its series, in the order they apply. */
    static final Map<String, List<Series>> SERIES = Map.ofEntries(
            Map.entry("Australia", List.of(Series.units("AUD"))),
            Map.entry("Austria", List.of(Series.units("ATS"))),
            Map.entry("Belgium", List.of(Series.units("BEF"))),
            Map.entry("Brazil", List.of(Series.units("BRL"))),
            Map.entry("Canada", List.of(Series.units("CAD"))),
            Map.entry("China", List.of(Series.units("CNY"))),
            Map.entry("Denmark", List.of(Series.units("DKK"))),
            Map.entry("Euro", List.of(Series.units("EUR"))),
            Map.entry("Finland", List.of(Series.units("FIM"))),
            Map.entry("France", List.of(Series.units("FRF"))),
            Map.entry("Germany", List.of(Series.units("DEM"))),
            Map.entry("Greece", List.of(Series.units("GRD"))),
            Map.entry("Hong Kong", List.of(Series.units("HKD"))),
            Map.entry("India", List.of(Series.units("INR"))),
            Map.entry("Ireland", List.of(Series.units("IEP"))),
            Map.entry("Italy", List.of(Series.units("ITL"))),
            Map.entry("Japan", List.of(Series.units("JPY"))),
            Map.entry("Malaysia", List.of(Series.units("MYR"))),
            Map.entry("Mexico", List.of(Series.units("MXN"))),
            Map.entry("Netherlands", List.of(Series.units("NLG"))),
            Map.entry("New Zealand", List.of(Series.units("NZD"))),
            Map.entry("Norway", List.of(Series.units("NOK"))),
            Map.entry("Portugal", List.of(Series.units("PTE"))),
            Map.entry("Singapore", List.of(Series.units("SGD"))),
            Map.entry("South Africa", List.of(Series.units("ZAR"))),
            Map.entry("South Korea", List.of(Series.units("KRW"))),
            Map.entry("Spain", List.of(Series.units("ESP"))),
            Map.entry("Sri Lanka", List.of(Series.units("LKR"))),
            Map.entry("Sweden", List.of(Series.units("SEK"))),
            Map.entry("Switzerland", List.of(Series.units("CHF"))),
            Map.entry("Taiwan", List.of(Series.units("TWD"))),
            Map.entry("Thailand", List.of(Series.units("THB"))),
            Map.entry("United Kingdom", List.of(Series.units("GBP"))),
            Map.entry("Venezuela", List.of(
                    new Series("VEF", null, YearMonth.of(2018, 7)),
                    new Series("VES", YearMonth.of(2018, 9), YearMonth.of(2021, 10)),
                    new Series("VED", YearMonth.of(2021, 11), null))));

    private FredRates() {
    }

    /** Every packaged rate, as units of its currency per US dollar. */
    static List<ExchangeRate> all() {
        List<ExchangeRate> rates = new ArrayList<>();
        ReferenceData.rows(RESOURCE, row -> rate(row.get("Date"), row.get("Country"), row.get("Exchange rate"))
                .ifPresent(rates::add));
        return rates;
    }

    /**
     * One row of the file as a rate in units per US dollar; empty for a month its country's series
     * leaves out on purpose (Venezuela, August 2018).
     *
     * @throws IllegalStateException for a country, date or rate this class cannot read: the packaged
     *                               file is wrong, and loading part of it would hide that
     */
    static java.util.Optional<ExchangeRate> rate(String date, String country, String value) {
        List<Series> series = SERIES.get(country == null ? "" : country.strip());
        if (series == null) {
            throw new IllegalStateException("The packaged exchange rates name a country without a known currency: '" + country
                    + "'; map it in FredRates before shipping the file");
        }
        YearMonth month;
        BigDecimal quoted;
        try {
            month = YearMonth.from(LocalDate.parse(date.strip()));
            quoted = new BigDecimal(value.strip());
        } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
            throw new IllegalStateException("The packaged exchange rates hold a row that cannot be read: " + date + ", " + country
                    + ", " + value, e);
        }
        return series.stream().filter(s -> s.covers(month)).findFirst().map(s -> new ExchangeRate(s.currency(), month,
                quoted, SOURCE));
    }

    /** The SHA-256 of the packaged file, in hex: which version of it a database holds. */
    static String sha256() {
        try (InputStream in = FredRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Reference table " + RESOURCE + " is missing from the build");
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
