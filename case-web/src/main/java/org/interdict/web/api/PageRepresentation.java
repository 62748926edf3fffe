package org.interdict.web.api;

import org.interdict.application.Page;

import java.util.List;

/** One page of a list: the items, the total that matched, and where the page starts. */
public record PageRepresentation<T>(List<T> items, long total, int offset, int limit) {

    public static <T> PageRepresentation<T> of(Page<T> page) {
        return new PageRepresentation<>(page.items(), page.total(), page.offset(), page.limit());
    }
}
