package org.interdict.domain.model.trade;

/**
 * How precise a trade record's date is: a declaration's day, or only the month of a vendor's monthly
 * (aggregated) export, stored as the month's first day and shown as the month.
 */
public enum DatePrecision {
    DAY, MONTH
}
