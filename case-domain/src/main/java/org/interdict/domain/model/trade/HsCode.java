package org.interdict.domain.model.trade;

import java.util.Objects;

/**
 * A Harmonized System commodity code as customs declarations write it: the six digits of the HS
 * (chapter, heading, subheading) and up to six of a national tariff's own ({@code 8542.31.90.00}, an
 * 11-digit line), kept as written; {@link #hs6()} is the international subheading.
 * Dots and spaces are read past; anything else is refused with the reason.
 */
public record HsCode(String digits) {

    public HsCode {
        Objects.requireNonNull(digits, "An HS code is required");
        if (!digits.matches("[0-9]{6,12}")) {
            throw new IllegalArgumentException("An HS code has 6 to 12 digits (dots and spaces allowed); '" + digits + "' has not");
        }
        int chapter = Integer.parseInt(digits.substring(0, 2));
        if (chapter < 1 || chapter > 97 || chapter == 77) {
            throw new IllegalArgumentException("HS chapter " + digits.substring(0, 2) + " does not exist (01 to 97, without 77)");
        }
    }

    /** Reads a code as written, e.g. {@code 8542.31}, {@code 8542 31 00 00} or {@code 854231}. */
    public static HsCode parse(String written) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("An HS code is required");
        }
        return new HsCode(written.strip().replace(".", "").replace(" ", ""));
    }

    /** The international part: chapter, heading and subheading. */
    public String hs6() {
        return digits.substring(0, 6);
    }

    public String heading() {
        return digits.substring(0, 4);
    }

    public String chapter() {
        return digits.substring(0, 2);
    }
}
