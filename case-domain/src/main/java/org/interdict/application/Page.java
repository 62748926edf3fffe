package org.interdict.application;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total that matched. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    /** The most items one page of any list holds. */
    public static final int MAX_LIMIT = 500;

    /**
     * Checks a requested window of a list: offset 0 or more, limit 1 to {@code max}. An out-of-range
     * value is refused with words rather than quietly replaced, so that a client learns its mistake.
     */
    public static void checkWindow(int offset, int limit, int max) {
        if (offset < 0) {
            throw new InvalidInputException("offset counts the items to skip: 0 or more, not " + offset + ".");
        }
        if (limit < 1 || limit > max) {
            throw new InvalidInputException("limit is the number of items on a page: 1 to " + max + ", not " + limit + ".");
        }
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
    }
}
