package org.interdict.web.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.search.RebuildStatus;
import org.interdict.application.search.SearchOperations;
import org.interdict.web.ui.Formats;
import org.junit.jupiter.api.Test;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The rebuild's state in one sentence, and durations in words, in English and Russian. */
class SearchOpsPanelTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Instant STARTED = Instant.parse("2026-11-30T10:39:00Z");

    /** The panel with numbers formatted for the locale (Formats itself asks the Faces context for it). */
    private static SearchOpsPanel panel(Locale locale) {
        SearchOpsPanel panel = new SearchOpsPanel();
        panel.fmt = new Formats() {
            @Override
            public String number(Object value) {
                return NumberFormat.getNumberInstance(locale).format(value);
            }

            @Override
            public String percent(Object value) {
                return NumberFormat.getPercentInstance(locale).format(value);
            }

            @Override
            public String dateTime(Object value) {
                return "10:42";
            }
        };
        return panel;
    }

    private static SearchOperations.Progress progress(RebuildStatus status, long done, Long eta, Instant finished, String error) {
        double percent = Math.round(1000.0 * done / 40_000) / 10.0;
        return new SearchOperations.Progress(7, status.name(), "fiona", 40_000, done, percent, 100, eta, STARTED, finished, error,
                Map.of());
    }

    @Test
    void aRunningRebuildSaysHowFarItGotAndHowLongItStillNeeds() {
        assertEquals("Rebuilding: 12,345 of 40,000 records (31%), about 2 minutes left",
                panel(Locale.ENGLISH).statusText(progress(RebuildStatus.RUNNING, 12_345, 130L, null, null), Locale.ENGLISH));
        assertEquals("Rebuilding: 0 of 40,000 records (0%), estimating the time left",
                panel(Locale.ENGLISH).statusText(progress(RebuildStatus.RUNNING, 0, null, null, null), Locale.ENGLISH));
        String russian = panel(RUSSIAN).statusText(progress(RebuildStatus.RUNNING, 12_345, 130L, null, null), RUSSIAN);
        assertTrue(russian.startsWith("Перестроение: 12\u00a0345 из 40\u00a0000 записей (31\u00a0%), осталось около 2 мин"), russian);
    }

    @Test
    void anEndedRebuildSaysHowItEnded() {
        assertEquals("Completed at 10:42: 40,000 records in 3 min 12 s", panel(Locale.ENGLISH)
                .statusText(progress(RebuildStatus.DONE, 40_000, 0L, STARTED.plusSeconds(192), null), Locale.ENGLISH));
        assertEquals("Failed at 10:42 after 1,000 of 40,000 records: Elasticsearch refused", panel(Locale.ENGLISH)
                .statusText(progress(RebuildStatus.FAILED, 1_000, 0L, STARTED.plusSeconds(20), "Elasticsearch refused"),
                        Locale.ENGLISH));
        assertEquals("No rebuild has run yet. The index is kept up to date through the outbox.",
                panel(Locale.ENGLISH).statusText(null, Locale.ENGLISH));
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertEquals("850 ms", AdminTexts.duration(Locale.ENGLISH, 850));
        assertEquals("42 s", AdminTexts.duration(Locale.ENGLISH, 42_000));
        assertEquals("3 min 12 s", AdminTexts.duration(Locale.ENGLISH, 192_000));
        assertEquals("2 h 5 min", AdminTexts.duration(Locale.ENGLISH, (2 * 3600 + 5 * 60) * 1000L));
        assertEquals("3 мин 12 с", AdminTexts.duration(RUSSIAN, 192_000));
        assertEquals("about 1 minute", AdminTexts.remaining(Locale.ENGLISH, 70));
        assertEquals("about 40 seconds", AdminTexts.remaining(Locale.ENGLISH, 40));
        assertEquals("около 40 с", AdminTexts.remaining(RUSSIAN, 40));
    }

    @Test
    void aReaderOfAnotherLanguageGetsEnglish() {
        assertEquals("3 min 12 s", AdminTexts.duration(Locale.GERMAN, 192_000));
    }
}
