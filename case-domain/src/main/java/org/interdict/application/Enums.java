package org.interdict.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads enum values that callers send as text, with an error that lists what is allowed. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + "; '" + value + "' is not.");
        }
    }

    public static <E extends Enum<E>> E required(Class<E> type, String field, String value) {
        E parsed = parse(type, field, value);
        if (parsed == null) {
            throw new InvalidInputException(field + " is required: one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
        return parsed;
    }
}
