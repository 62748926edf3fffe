package org.interdict.application.trade;

import org.interdict.application.CsvReader;
import org.interdict.application.InvalidInputException;
import org.interdict.application.InvalidLinesException;
import org.interdict.application.InvalidLinesException.LineProblem;
import org.interdict.domain.model.trade.ExchangeRate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A file of exchange rates as an administrator uploads it: CSV in UTF-8 (comma or semicolon), a header
 * naming the columns {@code currency}, {@code month} and {@code units_per_usd}, and optionally
 * {@code source}; one rate a line, e.g. {@code RUB,2024-03,91.83,Bank of Russia}. A month is written
 * 2024-03 or 2024-03-01; a rate is units of the currency per US dollar, with a decimal point. A line
 * without a source takes the one given with the upload.
 *
 * <p>The file is taken whole or not at all: every bad line is reported with its number and what is
 * wrong with it, so that the administrator mends them all before anything changes.
 */
final class ExchangeRateFile {

    /** The most rates one file may hold: forty currencies over a century fit. */
    static final int MAX_RATES = 50_000;

    /** How many bad lines are reported one by one; the rest are counted. */
    static final int MAX_REPORTED = 100;

    /** How far the first line is read ahead, to tell its delimiter. */
    private static final int HEADER_PEEK = 64 * 1024;

    /** The longest line read. */
    private static final int MAX_LINE = 1_000;

    static final String CURRENCY = "currency";
    static final String MONTH = "month";
    static final String RATE = "units_per_usd";
    static final String SOURCE = "source";
    private static final List<String> COLUMNS = List.of(CURRENCY, MONTH, RATE, SOURCE);

    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,20})?");
    private static final YearMonth EARLIEST = YearMonth.of(1900, 1);

    private ExchangeRateFile() {
    }

    /**
     * The rates of the file, in file order.
     *
     * @param defaultSource the source of lines that name none (null or blank: every line must name one)
     * @param thisMonth     the current month: a rate of a later month is refused
     * @throws InvalidLinesException when any line is bad (the header is line 1), naming each
     */
    static List<ExchangeRate> read(InputStream in, String defaultSource, YearMonth thisMonth) {
        String fallback = defaultSource == null || defaultSource.isBlank() ? null : defaultSource.strip();
        if (fallback != null) {
            String wrong = sourceProblem(fallback);
            if (wrong != null) {
                throw new InvalidInputException("The source given with the file " + wrong + ".");
            }
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new Reading(fallback, thisMonth).read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file's reading: the header's columns, the rates so far and the bad lines. */
    private static final class Reading {

        private final String fallback;
        private final YearMonth thisMonth;
        private final List<ExchangeRate> rates = new ArrayList<>();
        private final Map<String, Long> seen = new HashMap<>();
        private final List<LineProblem> problems = new ArrayList<>();
        private long bad;
        private Map<String, Integer> columns;

        Reading(String fallback, YearMonth thisMonth) {
            this.fallback = fallback;
            this.thisMonth = thisMonth;
        }

        List<ExchangeRate> read(BufferedReader reader) throws IOException {
            reader.mark(HEADER_PEEK);
            String first = reader.readLine();
            try {
                reader.reset();
            } catch (IOException e) {
                throw refused(List.of(new LineProblem(1, "The first line is longer than " + TradeText.count(HEADER_PEEK)
                        + " characters: it is no header of exchange rates.")), 1);
            }
            if (first == null || first.isBlank()) {
                throw refused(List.of(new LineProblem(1, "The file is empty: its first line must name the columns "
                        + String.join(", ", COLUMNS.subList(0, 3)) + " (and optionally source).")), 1);
            }
            char delimiter = first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
            CsvReader csv = new CsvReader(reader, delimiter, MAX_LINE, false);
            header(csv.next());
            long dataLines = 0;
            while (true) {
                CsvReader.Row row;
                try {
                    row = csv.next();
                } catch (CsvReader.MalformedException e) {
                    problem(e.line(), e.getMessage());
                    continue;
                }
                if (row == null) {
                    break;
                }
                if (row.fields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (++dataLines > MAX_RATES) {
                    throw new InvalidInputException("The file holds more than " + TradeText.count(MAX_RATES)
                            + " rates; upload it in parts. Nothing was stored.");
                }
                line(row);
            }
            if (bad > 0) {
                throw refused(problems, bad);
            }
            if (rates.isEmpty()) {
                throw refused(List.of(new LineProblem(2, "The file holds no rates: after the header, one line per currency "
                        + "and month, e.g. RUB,2024-03,91.83.")), 1);
            }
            return List.copyOf(rates);
        }

        private void header(CsvReader.Row row) {
            Map<String, Integer> found = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < row.fields().size(); i++) {
                String name = row.fields().get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                if (COLUMNS.contains(name)) {
                    found.putIfAbsent(name, i);
                } else if (!name.isEmpty()) {
                    unknown.add(name);
                }
            }
            List<String> missing = COLUMNS.subList(0, 3).stream().filter(c -> !found.containsKey(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                StringBuilder words = new StringBuilder("The header must name the columns currency, month and units_per_usd, "
                        + "and may name source");
                if (!missing.isEmpty()) {
                    words.append("; it has no ").append(String.join(", ", missing));
                }
                if (!unknown.isEmpty()) {
                    words.append("; it names columns not known: ").append(TradeText.list(unknown));
                }
                throw refused(List.of(new LineProblem(row.line(), words.append('.').toString())), 1);
            }
            columns = found;
        }

        private void line(CsvReader.Row row) {
            List<String> fields = row.fields();
            int wanted = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            if (fields.size() < wanted) {
                problem(row.line(), "The line has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s") + "; the header "
                        + "needs " + wanted + ".");
                return;
            }
            List<String> wrong = new ArrayList<>();
            String currency = currency(fields.get(columns.get(CURRENCY)), wrong);
            YearMonth month = month(fields.get(columns.get(MONTH)), wrong);
            BigDecimal rate = rate(fields.get(columns.get(RATE)), wrong);
            String source = source(columns.containsKey(SOURCE) ? fields.get(columns.get(SOURCE)) : null, wrong);
            if (currency != null && month != null) {
                Long before = seen.putIfAbsent(currency + " " + month, row.line());
                if (before != null) {
                    wrong.add(currency + " " + month + " is on line " + before + " already");
                }
            }
            if (!wrong.isEmpty()) {
                problem(row.line(), capitalised(String.join("; ", wrong)) + ".");
                return;
            }
            rates.add(new ExchangeRate(currency, month, rate, source));
        }

        private String currency(String written, List<String> wrong) {
            String code = written.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                wrong.add("currency is empty");
                return null;
            }
            if (!code.matches("[A-Z]{3}") || !known(code)) {
                wrong.add("currency " + TradeText.quote(written.strip()) + " is not an ISO 4217 currency code such as RUB, KZT or EUR");
                return null;
            }
            if (code.equals(RateTable.USD_SOURCE)) {
                wrong.add("currency USD needs no rate: the rates are units per US dollar");
                return null;
            }
            return code;
        }

        private YearMonth month(String written, List<String> wrong) {
            String text = written.strip();
            YearMonth month = null;
            try {
                if (YEAR_MONTH.matcher(text).matches()) {
                    month = YearMonth.parse(text);
                } else if (DATE.matcher(text).matches()) {
                    LocalDate date = LocalDate.parse(text);
                    if (date.getDayOfMonth() != 1) {
                        wrong.add("month " + TradeText.quote(text) + " is a day, not a month: write "
                                + YearMonth.from(date) + " or " + YearMonth.from(date).atDay(1));
                        return null;
                    }
                    month = YearMonth.from(date);
                }
            } catch (DateTimeParseException e) {
                month = null;
            }
            if (month == null) {
                wrong.add(text.isEmpty() ? "month is empty: write it as 2024-03 or 2024-03-01"
                        : "month " + TradeText.quote(text) + " is not a month: write it as 2024-03 or 2024-03-01");
                return null;
            }
            if (month.isAfter(thisMonth)) {
                wrong.add("month " + month + " has not begun yet");
                return null;
            }
            if (month.isBefore(EARLIEST)) {
                wrong.add("month " + month + " is before " + EARLIEST);
                return null;
            }
            return month;
        }

        private BigDecimal rate(String written, List<String> wrong) {
            String text = written.strip();
            if (text.isEmpty()) {
                wrong.add("units_per_usd is empty");
                return null;
            }
            if (!DECIMAL.matcher(text).matches()) {
                wrong.add("units_per_usd " + TradeText.quote(text) + " is not a number of units per US dollar"
                        + (text.matches("[0-9]+,[0-9]+") ? ": write the decimals after a point, e.g. " + text.replace(',', '.')
                        : ", e.g. 91.83"));
                return null;
            }
            BigDecimal rate = new BigDecimal(text);
            if (rate.signum() == 0) {
                wrong.add("units_per_usd is 0: a rate is more than zero");
                return null;
            }
            return rate;
        }

        private String source(String written, List<String> wrong) {
            String text = written == null ? "" : written.strip();
            if (text.isEmpty()) {
                if (fallback == null) {
                    wrong.add("the line names no source: give one in a source column, or with the upload (e.g. Bank of Russia)");
                }
                return fallback;
            }
            String problem = sourceProblem(text);
            if (problem != null) {
                wrong.add("source " + problem);
                return null;
            }
            return text;
        }

        private void problem(long line, String message) {
            bad++;
            if (problems.size() < MAX_REPORTED) {
                problems.add(new LineProblem(line, message));
            }
        }
    }

    /** What is wrong with a source's name, or null. */
    static String sourceProblem(String source) {
        String problem = TradeText.problem(source, "UTF-8");
        if (problem != null) {
            return problem;
        }
        if (TradeText.length(source) > ExchangeRate.MAX_SOURCE) {
            return "is " + TradeText.length(source) + " characters long; at most " + ExchangeRate.MAX_SOURCE + " fit";
        }
        return null;
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The refusal: every bad line reported, the first ones in the message too. */
    static InvalidLinesException refused(List<LineProblem> problems, long total) {
        StringBuilder summary = new StringBuilder("Nothing was stored: ")
                .append(total == 1 ? "one line of the file is wrong. " : TradeText.count(total) + " lines of the file are wrong. ");
        int shown = Math.min(problems.size(), 5);
        for (int i = 0; i < shown; i++) {
            LineProblem p = problems.get(i);
            summary.append(i == 0 ? "" : " ").append("Line ").append(p.line()).append(": ").append(p.message());
        }
        if (total > shown) {
            summary.append(" … and ").append(TradeText.count(total - shown)).append(" more.");
        }
        return new InvalidLinesException(summary.toString(), problems, total);
    }
}
