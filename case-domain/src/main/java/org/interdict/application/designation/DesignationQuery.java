package org.interdict.application.designation;

import org.interdict.application.Enums;
import org.interdict.application.InvalidInputException;
import org.interdict.domain.model.casefile.Measure;
import org.interdict.domain.model.designation.DesignationFilter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which published designations a reader asks for, as callers send it; null or blank means "any".
 * {@code text} is a fragment of the primary name or an alias (case-insensitive); {@code measure} a
 * measure's name ({@link #MEASURES}); {@code country} an ISO 3166 alpha-2 code; {@code agency} the
 * publishing agency's code; {@code effectiveFrom}/{@code effectiveTo} bound the effective date
 * inclusively; {@code sort} is {@code published} (newest publication first, the default),
 * {@code effective} (newest effective date first) or {@code name}.
 */
public record DesignationQuery(String text, String measure, String country, String agency, LocalDate effectiveFrom,
        LocalDate effectiveTo, String sort) {

    /** Every published designation, newest publication first. */
    public static final DesignationQuery ALL = new DesignationQuery(null, null, null, null, null, null, null);

    /** The measures a designation may carry, in the order filters offer them. */
    public static final List<String> MEASURES = Arrays.stream(Measure.values()).map(Enum::name).toList();

    /** The orders a list may take, the default first. */
    public static final List<String> SORTS = List.of("published", "effective", "name");

    static final int MAX_TEXT = 300;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** True when nothing narrows the list (the order aside). */
    public boolean isEmpty() {
        return blank(text) && blank(measure) && blank(country) && blank(agency) && effectiveFrom == null && effectiveTo == null;
    }

    /** The query checked and normalised for the repository, or refused in words naming the parameter. */
    DesignationFilter filter() {
        String t = strip(text);
        if (t != null && t.length() > MAX_TEXT) {
            throw new InvalidInputException("text is a fragment of a name: at most " + MAX_TEXT + " characters, not "
                    + t.length() + ".");
        }
        Measure m = Enums.parse(Measure.class, "measure", measure);
        String c = strip(country);
        if (c != null) {
            if (!COUNTRY.matcher(c).matches()) {
                throw new InvalidInputException("country is an ISO 3166 code of two letters, e.g. RU; '" + country + "' is not one.");
            }
            c = c.toUpperCase(Locale.ROOT);
        }
        String a = strip(agency);
        if (a != null) {
            if (!AGENCY.matcher(a).matches()) {
                throw new InvalidInputException("agency is an agency's code, e.g. ECA; '" + agency + "' is not one.");
            }
            a = a.toUpperCase(Locale.ROOT);
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveFrom.isAfter(effectiveTo)) {
            throw new InvalidInputException("effectiveFrom (" + effectiveFrom + ") is after effectiveTo (" + effectiveTo
                    + "): the period would be empty.");
        }
        return new DesignationFilter(t, m, c, a, effectiveFrom, effectiveTo, order(sort));
    }

    private static DesignationFilter.Order order(String sort) {
        String s = strip(sort);
        if (s == null) {
            return DesignationFilter.Order.PUBLISHED;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "published" -> DesignationFilter.Order.PUBLISHED;
            case "effective" -> DesignationFilter.Order.EFFECTIVE;
            case "name" -> DesignationFilter.Order.NAME;
            default -> throw new InvalidInputException("sort must be one of " + String.join(", ", SORTS) + "; '" + sort
                    + "' is not.");
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
