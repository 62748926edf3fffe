package org.interdict.domain.model.party;

import org.interdict.domain.model.shared.PlainText;

/** The party fields' use of the product's one text rule ({@link PlainText}); each refusal says what a person must fix. */
final class Text {

    private Text() {
    }

    static String required(String value, String message, String field, int maxLength) {
        if (PlainText.isBlank(value)) {
            throw new IllegalArgumentException(message);
        }
        return PlainText.line(value, field, maxLength);
    }

    static String optional(String value, String field, int maxLength) {
        return PlainText.optionalLine(value, field, maxLength);
    }

    static String country(String value) {
        return PlainText.country(value, "the country");
    }
}
