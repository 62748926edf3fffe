package org.interdict.web.ui;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates, amounts, counts, sizes and "… ago" as English and Russian readers write them. */
class FormatsTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final char NBSP = '\u00a0';

    static Formats in(Locale locale) {
        return new Formats() {
            @Override
            Locale locale() {
                return locale;
            }
        };
    }

    @Test
    void datesInEnglishAndRussian() {
        LocalDate date = LocalDate.of(2026, 11, 30);
        assertEquals("Nov 30, 2026", in(Locale.ENGLISH).date(date));
        assertEquals("30 нояб. 2026 г.", in(RUSSIAN).date(date));
        assertEquals("30 нояб. 2026 г.", in(RUSSIAN).date("2026-11-30"));
        assertTrue(in(RUSSIAN).dateTime(ZonedDateTime.of(2026, 11, 30, 14, 5, 0, 0, ZoneId.systemDefault()))
                .startsWith("30 нояб. 2026 г., 14:05"), in(RUSSIAN).dateTime(ZonedDateTime.of(2026, 11, 30, 14, 5, 0, 0, ZoneId.systemDefault())));
    }

    @Test
    void amountsWithDecimalCommaAndNonBreakingGrouping() {
        assertEquals("$1,234.56", in(Locale.ENGLISH).money(new BigDecimal("1234.56"), "USD"));
        String rouble = in(RUSSIAN).money(new BigDecimal("1234.56"), "USD");
        assertEquals("1" + NBSP + "234,56" + NBSP + "$", rouble);
        assertEquals("1" + NBSP + "234" + NBSP + "567,5", in(RUSSIAN).number(1234567.5));
        assertEquals("1,234,567.5", in(Locale.ENGLISH).number(1234567.5));
        assertEquals("0,87", in(RUSSIAN).score(0.871));
        assertEquals("0.87", in(Locale.ENGLISH).score(0.871));
    }

    @Test
    void sizesInTheReadersUnits() {
        assertEquals("1.5 KB", in(Locale.ENGLISH).bytes(1536));
        assertEquals("1,5 КБ", in(RUSSIAN).bytes(1536));
        assertEquals("900 B", in(Locale.ENGLISH).bytes(900));
        assertEquals("2 МБ", in(RUSSIAN).bytes(2 * 1024 * 1024));
    }

    @Test
    void agoWithRussianPluralForms() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneId.of("UTC"));
        assertEquals("3 дня назад", Formats.ago(now.minusDays(3), now, RUSSIAN));
        assertEquals("5 дней назад", Formats.ago(now.minusDays(5), now, RUSSIAN));
        assertEquals("21 день назад", Formats.ago(now.minusDays(21), now, RUSSIAN));
        assertEquals("1 час назад", Formats.ago(now.minusHours(1), now, RUSSIAN));
        assertEquals("через 2 дня", Formats.ago(now.plusDays(2), now, RUSSIAN));
        assertEquals("3 days ago", Formats.ago(now.minusDays(3), now, Locale.ENGLISH));
        assertEquals("1 minute ago", Formats.ago(now.minusMinutes(1), now, Locale.ENGLISH));
        assertEquals("in 2 hours", Formats.ago(now.plusHours(2), now, Locale.ENGLISH));
        assertEquals("только что", Formats.ago(now, now, RUSSIAN));
        assertEquals("just now", Formats.ago(now, now, Locale.ENGLISH));
    }

    @Test
    void constantsInWords() {
        assertEquals("Ожидает решения", in(RUSSIAN).label("PROPOSED"));
        assertEquals("Идёт расследование", in(RUSSIAN).label("INVESTIGATING"));
        assertEquals("Investigating", in(Locale.ENGLISH).label("INVESTIGATING"));
        assertEquals("Замораживание активов", in(RUSSIAN).label("ASSET_FREEZE"));
    }
}
