package org.interdict.web.ui.admin;

import org.interdict.web.ui.Texts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The administration bundle's texts, and durations in its words. */
final class AdminTexts {

    private AdminTexts() {
    }

    /** The text in the reader's locale. */
    static String text(String key, Object... arguments) {
        return text(Texts.locale(), key, arguments);
    }

    /** The text in the locale, else English (never the server's default locale's). */
    static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(Texts.ADMIN, locale, AdminTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    static String duration(long millis) {
        return duration(Texts.locale(), millis);
    }

    /** A duration as people read it: "850 ms", "42 s", "3 min 12 s", "2 h 5 min". */
    static String duration(Locale locale, long millis) {
        long ms = Math.max(0, millis);
        if (ms < 1000) {
            return text(locale, "duration.millis", ms);
        }
        long seconds = Math.round(ms / 1000.0);
        if (seconds < 60) {
            return text(locale, "duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return text(locale, "duration.minutes", seconds / 60, seconds % 60);
        }
        return text(locale, "duration.hours", seconds / 3600, (seconds % 3600) / 60);
    }

    /** The time still needed, roughly: "about 40 seconds", "about 2 minutes", "about 1 hour 10 min". */
    static String remaining(Locale locale, long seconds) {
        if (seconds < 60) {
            return text(locale, "remaining.seconds", Math.max(1, seconds));
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return text(locale, "remaining.minutes", minutes);
        }
        return text(locale, "remaining.hours", minutes / 60, minutes % 60);
    }
}
