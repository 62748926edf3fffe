package org.interdict.application;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total that matched. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
    }
}
