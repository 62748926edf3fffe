package org.interdict.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Dates, times, amounts, counts and sizes as the reader's locale writes them ({@code #{fmt.date(d)}}),
 * and names of states and kinds from the bundles ({@code #{fmt.label(c.status())}}).
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    /** Where {@link #label} looks for {@code label.CONSTANT}: the shell's bundle first, then each area's. */
    private static final List<String> LABEL_BUNDLES = List.of(Texts.SHELL, Texts.CASES, Texts.WORK, Texts.PARTIES,
            Texts.EVIDENCE, Texts.SEARCH, Texts.IMPORTS, Texts.DECISIONS, Texts.DESIGNATIONS, Texts.AUDIT, Texts.ADMIN);

    /** The reader's locale: the view's (see {@link Texts#locale()}). */
    Locale locale() {
        return Texts.locale();
    }

    public String date(Object value) {
        LocalDate date;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof String s) {
            date = s.isBlank() ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } else {
            ZonedDateTime time = zoned(value);
            date = time == null ? null : time.toLocalDate();
        }
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /**
     * A trade record's date as precise as it is: the day, or only the month ("Apr 2023", "апр. 2023") for a
     * row of a monthly export.
     */
    public String tradeDate(Object value, Object precision) {
        if (!"MONTH".equals(String.valueOf(precision))) {
            return date(value);
        }
        String day = value == null ? null : String.valueOf(value);
        if (day == null || day.isBlank()) {
            return "";
        }
        LocalDate date = value instanceof LocalDate d ? d : LocalDate.parse(day.substring(0, 10));
        return DateTimeFormatter.ofPattern("LLL yyyy", locale()).format(date);
    }

    public String dateTime(Object value) {
        ZonedDateTime time = zoned(value);
        return time == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(time);
    }

    /**
     * "3 hours ago", "in 2 days", "3 дня назад" … for a time or date, with the plural forms of the reader's
     * language (ICU's relative date-time format; the bundle says "just now").
     */
    public String ago(Object value) {
        ZonedDateTime time = zoned(value);
        if (time == null) {
            return "";
        }
        return ago(time, ZonedDateTime.now(ZONE), locale());
    }

    static String ago(ZonedDateTime time, ZonedDateTime now, Locale locale) {
        long minutes = ChronoUnit.MINUTES.between(time, now);
        if (Math.abs(minutes) < 1) {
            return Texts.text(Texts.SHELL, locale, "time.now");
        }
        RelativeDateTimeFormatter.Direction direction = minutes > 0
                ? RelativeDateTimeFormatter.Direction.LAST : RelativeDateTimeFormatter.Direction.NEXT;
        long m = Math.abs(minutes);
        RelativeDateTimeFormatter relative = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale));
        if (m < 60) {
            return relative.format(m, direction, RelativeDateTimeFormatter.RelativeUnit.MINUTES);
        }
        if (m < 60 * 24) {
            return relative.format(m / 60, direction, RelativeDateTimeFormatter.RelativeUnit.HOURS);
        }
        return relative.format(m / (60 * 24), direction, RelativeDateTimeFormatter.RelativeUnit.DAYS);
    }

    private static ZonedDateTime zoned(Object value) {
        if (value instanceof Instant i) {
            return i.atZone(ZONE);
        } else if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ZONE);
        } else if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZONE);
        } else if (value instanceof LocalDate d) {
            return d.atStartOfDay(ZONE);
        } else if (value instanceof String s && !s.isBlank()) {
            return OffsetDateTime.parse(s).atZoneSameInstant(ZONE);
        }
        return null;
    }

    /** Days from today to the date: negative when it is past. */
    public long daysUntil(LocalDate date) {
        return date == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(LocalDate.now(ZONE), date);
    }

    public boolean overdue(LocalDate date) {
        return date != null && date.isBefore(LocalDate.now(ZONE));
    }

    /** An amount with its currency (ISO code), in the reader's locale: "$1,234.50", "1 234,50 $". */
    public String money(Object amount, String currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString());
        NumberFormat format;
        try {
            format = NumberFormat.getCurrencyInstance(locale());
            format.setCurrency(Currency.getInstance(currency == null ? "USD" : currency));
        } catch (IllegalArgumentException unknownCurrency) {
            format = NumberFormat.getNumberInstance(locale());
            return format.format(value) + " " + currency;
        }
        return format.format(value);
    }

    public String number(Object value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    public String percent(Object value) {
        return value == null ? "" : NumberFormat.getPercentInstance(locale()).format(value);
    }

    /** A score between 0 and 1 with two decimals. */
    public String score(Object value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String bytes(Number size) {
        if (size == null) {
            return "";
        }
        double value = size.doubleValue();
        String[] units = {"unit.B", "unit.KB", "unit.MB", "unit.GB"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return Texts.text(Texts.SHELL, locale(), units[unit], format.format(value));
    }

    /**
     * A constant (status, priority, measure, kind …) as people write it: the bundle's text under
     * {@code label.CONSTANT} (the shell's bundle, else the first area's bundle that has it), else the
     * constant as a sentence ("Closed no action").
     */
    public String label(Object constant) {
        if (constant == null) {
            return "";
        }
        String name = constant instanceof Enum<?> e ? e.name() : constant.toString();
        String key = "label." + name;
        for (String base : LABEL_BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = Texts.bundle(base, locale());
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
