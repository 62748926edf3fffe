package org.interdict.application.trade;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Port: the trade records of some currencies that have a value but no value in USD yet (imported before a
 * rate of their month was known) given it at the rates held now, as an import would have: the rate of the
 * record's month, or the nearest earlier one within {@value RateTable#FALLBACK_MONTHS} months, kept with the
 * record. A record converted before keeps its value and rate.
 */
public interface TradeValuesInUsd {

    /** Converts what the rates now allow; returns the ids of the records converted. */
    List<UUID> convert(Collection<String> currencies);
}
