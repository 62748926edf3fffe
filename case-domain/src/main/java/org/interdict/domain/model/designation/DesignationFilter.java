package org.interdict.domain.model.designation;

import org.interdict.domain.model.casefile.Measure;

import java.time.LocalDate;

/**
 * Which published designations a reader asks for; a null part means "any". {@code text} is a
 * fragment of the primary name or of an alias (case-insensitive), {@code country} an ISO 3166 code,
 * the effective dates bound the period inclusively.
 */
public record DesignationFilter(String text, Measure measure, String country, String agency, LocalDate effectiveFrom,
        LocalDate effectiveTo, Order order) {

    /** Every published designation, newest publication first. */
    public static final DesignationFilter ALL = new DesignationFilter(null, null, null, null, null, null, Order.PUBLISHED);

    /** The order of a list: newest first by publication or by effective date, or by name. */
    public enum Order {
        PUBLISHED, EFFECTIVE, NAME
    }

    public DesignationFilter {
        if (order == null) {
            order = Order.PUBLISHED;
        }
    }

    /** True when nothing narrows the list. */
    public boolean isEmpty() {
        return text == null && measure == null && country == null && agency == null && effectiveFrom == null
                && effectiveTo == null;
    }
}
