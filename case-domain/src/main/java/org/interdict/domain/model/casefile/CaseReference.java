package org.interdict.domain.model.casefile;

import java.util.regex.Pattern;

/** The reference people quote for a case, e.g. {@code ICT-2026-000042}: prefix, year opened, number. */
public final class CaseReference {

    private static final Pattern FORMAT = Pattern.compile("ICT-\\d{4}-\\d{6}");

    private CaseReference() {
    }

    public static String of(int year, long number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("A case number runs from 1 to 999999, not " + number);
        }
        return String.format("ICT-%04d-%06d", year, number);
    }

    public static boolean isWellFormed(String reference) {
        return reference != null && FORMAT.matcher(reference).matches();
    }
}
