package org.interdict.application;

import org.interdict.domain.model.shared.PlainText;

import java.time.LocalDate;

/**
 * The product's text rule ({@link PlainText}) for the application layer and the interfaces above it:
 * the same checks, refused as {@link InvalidInputException} with the rule's words, so that the REST API,
 * the web UI and the import give one answer to the same input.
 */
public final class Inputs {

    private Inputs() {
    }

    public static String line(String value, String field, int max) {
        return InvalidInputException.check(() -> PlainText.line(value, field, max));
    }

    public static String optionalLine(String value, String field, int max) {
        return InvalidInputException.check(() -> PlainText.optionalLine(value, field, max));
    }

    public static String optionalParagraphs(String value, String field, int max) {
        return InvalidInputException.check(() -> PlainText.optionalParagraphs(value, field, max));
    }

    public static String country(String value, String field) {
        return InvalidInputException.check(() -> PlainText.country(value, field));
    }

    public static LocalDate date(LocalDate value, String field) {
        return InvalidInputException.check(() -> PlainText.date(value, field));
    }

    public static boolean isBlank(String value) {
        return PlainText.isBlank(value);
    }

    /** A short printable excerpt of what someone sent, for a message. */
    public static String excerpt(String value) {
        return PlainText.excerpt(value);
    }
}
