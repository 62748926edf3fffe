package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.InvalidInputException;
import org.interdict.application.InvalidLinesException;
import org.interdict.domain.model.trade.ExchangeRate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

class ExchangeRateFileTest {

    private static final YearMonth NOW = YearMonth.of(2026, 7);

    private static List<ExchangeRate> read(String text, String source) {
        return ExchangeRateFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, NOW);
    }

    private static InvalidLinesException refused(String text, String source) {
        return assertThrows(InvalidLinesException.class, () -> read(text, source));
    }

    @Test
    void monthsAsYearMonthOrFirstDaySourcesFromTheColumnOrTheUpload() {
        List<ExchangeRate> rates = read("\uFEFFCurrency,Month,Units_per_USD,Source\n"
                + "rub,2024-03,91.83,\n"
                + "KZT,2024-03-01,449.5,National Bank of Kazakhstan\n"
                + "\n"
                + "TRY,2026-07,32.1,\n", "Bank of Russia");
        assertEquals(List.of(
                new ExchangeRate("RUB", YearMonth.of(2024, 3), new BigDecimal("91.83"), "Bank of Russia"),
                new ExchangeRate("KZT", YearMonth.of(2024, 3), new BigDecimal("449.5"), "National Bank of Kazakhstan"),
                new ExchangeRate("TRY", YearMonth.of(2026, 7), new BigDecimal("32.1"), "Bank of Russia")), rates);
    }

    @Test
    void aSemicolonFileWithoutASourceColumnTakesTheUploadsSource() {
        List<ExchangeRate> rates = read("currency;month;units_per_usd\r\nRUB;2024-04;92.5\r\n", "Bank of Russia");
        assertEquals(1, rates.size());
        assertEquals("Bank of Russia", rates.get(0).source());
    }

    @Test
    void everyBadLineIsReportedByItsNumberWithWhatIsWrong() {
        InvalidLinesException refused = refused("currency,month,units_per_usd\n"
                + "RUB,2024-03,91.83\n"                // 2 good
                + "RUR1,2024-03,91.83\n"               // 3 currency
                + "RUB,March 2024,91.83\n"             // 4 month
                + "RUB,2024-05-15,91.83\n"             // 5 a day
                + "RUB,2024-06,\"91,83\"\n"            // 6 decimal comma
                + "RUB,2024-07,0\n"                    // 7 zero
                + "USD,2024-03,1\n"                    // 8 USD
                + "RUB,2024-03,92\n"                   // 9 repeats line 2
                + "RUB,2026-08,90\n"                   // 10 future
                + "RUB,2024-09\n"                      // 11 too few fields
                + "XYZ,2024-13,-1\n", "Bank of Russia"); // 12 three problems on one line
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L),
                refused.problems().stream().map(InvalidLinesException.LineProblem::line).toList());
        assertEquals(10, refused.total());
        List<String> messages = refused.problems().stream().map(InvalidLinesException.LineProblem::message).toList();
        assertEquals("Currency 'RUR1' is not an ISO 4217 currency code such as RUB, KZT or EUR.", messages.get(0));
        assertEquals("Month 'March 2024' is not a month: write it as 2024-03 or 2024-03-01.", messages.get(1));
        assertEquals("Month '2024-05-15' is a day, not a month: write 2024-05 or 2024-05-01.", messages.get(2));
        assertEquals("Units_per_usd '91,83' is not a number of units per US dollar: write the decimals after a point, e.g. 91.83.",
                messages.get(3));
        assertEquals("Units_per_usd is 0: a rate is more than zero.", messages.get(4));
        assertTrue(messages.get(5).startsWith("Currency USD needs no rate"), messages.get(5));
        assertEquals("RUB 2024-03 is on line 2 already.", messages.get(6));
        assertEquals("Month 2026-08 has not begun yet.", messages.get(7));
        assertEquals("The line has 2 fields; the header needs 3.", messages.get(8));
        assertTrue(messages.get(9).startsWith("Currency 'XYZ' is not an ISO 4217") && messages.get(9).contains("; month '2024-13' is not")
                && messages.get(9).contains("; units_per_usd '-1' is not a number"), messages.get(9));
        assertTrue(refused.getMessage().startsWith("Nothing was stored: 10 lines of the file are wrong. Line 3: Currency 'RUR1'"),
                refused.getMessage());
    }

    @Test
    void aLineWithoutASourceIsBadWhenTheUploadNamesNone() {
        InvalidLinesException refused = refused("currency,month,units_per_usd,source\nRUB,2024-03,91.83,Bank of Russia\n"
                + "RUB,2024-04,92.1,\n", null);
        assertEquals(1, refused.problems().size());
        assertEquals(3, refused.problems().get(0).line());
        assertTrue(refused.problems().get(0).message().contains("names no source"), refused.problems().get(0).message());
    }

    @Test
    void aHeaderWithoutTheColumnsOrWithUnknownOnesIsLineOne() {
        InvalidLinesException missing = refused("currency,rate\nRUB,91\n", "X");
        assertEquals(1, missing.problems().get(0).line());
        assertTrue(missing.problems().get(0).message().contains("it has no month, units_per_usd"), missing.getMessage());
        assertTrue(missing.problems().get(0).message().contains("not known: 'rate'"), missing.getMessage());
        assertEquals(1, refused("", "X").problems().get(0).line());
        assertTrue(refused("currency,month,units_per_usd\n", "X").getMessage().contains("holds no rates"));
    }

    @Test
    void aQuoteLeftOpenSpoilsItsLineOnlyAndAnOverlongSourceIsReported() {
        InvalidLinesException refused = refused("currency,month,units_per_usd,source\n"
                + "RUB,2024-03,91.83,\"Bank of Russia\n"
                + "RUB,2024-04,92.1," + "x".repeat(121) + "\n"
                + "RUB,2024-05,93.0,Bank of Russia\n", null);
        assertEquals(List.of(2L, 3L), refused.problems().stream().map(InvalidLinesException.LineProblem::line).toList());
        assertTrue(refused.problems().get(1).message().contains("121 characters long; at most 120 fit"), refused.getMessage());
    }

    @Test
    void aBadSourceGivenWithTheUploadIsRefusedAtOnce() {
        assertThrows(InvalidInputException.class, () -> read("currency,month,units_per_usd\nRUB,2024-03,91.83\n", "x".repeat(200)));
    }
}
