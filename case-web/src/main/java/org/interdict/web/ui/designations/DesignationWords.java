package org.interdict.web.ui.designations;

import org.interdict.application.designation.DesignationQuery;
import org.interdict.web.ui.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the designation pages and the export share: the page parameters as a {@link DesignationQuery}
 * and back as an address, countries named in the reader's language, and choices for the filters.
 */
public final class DesignationWords {

    /** The page parameters of the list and of the exports (the same names, so a filtered list exports itself). */
    static final String TEXT = "text";
    static final String MEASURE = "measure";
    static final String COUNTRY = "country";
    static final String AGENCY = "agency";
    static final String FROM = "from";
    static final String TO = "to";
    static final String SORT = "sort";

    private DesignationWords() {
    }

    /** One choice of a filter: its value, its words, whether it is the one chosen now. */
    public record Choice(String value, String label, boolean selected) implements java.io.Serializable {
    }

    /** A date parameter (YYYY-MM-DD), or null when blank; a malformed one is refused in words. */
    static LocalDate date(String value, String which) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new org.interdict.application.InvalidInputException(
                    Texts.text(Texts.DESIGNATIONS, "error.date", Texts.text(Texts.DESIGNATIONS, "filter." + which), value));
        }
    }

    /** The query string of the filters that are set ("text=wuhan&amp;measure=ASSET_FREEZE"), empty when none is. */
    static String queryString(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> parameters(String text, String measure, String country, String agency, String from,
            String to, String sort) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(TEXT, text);
        parameters.put(MEASURE, measure);
        parameters.put(COUNTRY, country);
        parameters.put(AGENCY, agency);
        parameters.put(FROM, from);
        parameters.put(TO, to);
        parameters.put(SORT, sort);
        return parameters;
    }

    /** The country's name in the reader's language ("Russia"), or the code itself when unknown. */
    static String countryName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Texts.locale());
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }

    /** Every country as a choice, "Name (CC)", sorted by name in the reader's language. */
    static List<Choice> countries(String chosen) {
        Collator collator = Collator.getInstance(Texts.locale());
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Choice(code, countryName(code) + " (" + code + ")", code.equalsIgnoreCase(chosen)))
                .sorted(Comparator.comparing(Choice::label, collator))
                .toList();
    }

    /** The measures in words, in the service's order. */
    static List<Choice> measures(String chosen) {
        List<Choice> choices = new ArrayList<>();
        for (String measure : DesignationQuery.MEASURES) {
            choices.add(new Choice(measure, Texts.text(Texts.DESIGNATIONS, "measure." + measure), measure.equalsIgnoreCase(chosen)));
        }
        return choices;
    }

    /** The orders in words, the default first. */
    static List<Choice> sorts(String chosen) {
        List<Choice> choices = new ArrayList<>();
        for (String sort : DesignationQuery.SORTS) {
            boolean selected = chosen == null || chosen.isBlank() ? sort.equals(DesignationQuery.SORTS.get(0)) : sort.equalsIgnoreCase(chosen);
            choices.add(new Choice(sort, Texts.text(Texts.DESIGNATIONS, "sort." + sort), selected));
        }
        return choices;
    }
}
