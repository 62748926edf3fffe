package org.interdict.domain.model.party;

import java.util.Locale;

/** Checks on the text fields of parties; each refusal says what a person must fix. */
final class Text {

    private Text() {
    }

    static String required(String value, String message, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return limited(value.strip(), maxLength);
    }

    static String optional(String value, int maxLength) {
        return value == null || value.isBlank() ? null : limited(value.strip(), maxLength);
    }

    static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A country is a two-letter ISO 3166 code, e.g. CN, RU, HK; '" + value + "' is not");
        }
        return code;
    }

    private static String limited(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("'" + value.substring(0, 20) + "…' is longer than " + maxLength + " characters");
        }
        return value;
    }
}
