package org.interdict.application.trade;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Port: the destinations under comprehensive export restrictions for goods of the Common High
 * Priority list. Reference data that administrators keep (one list for the whole installation, as
 * the restrictions are the law's, not an agency's); the import's risk rule reads it.
 */
public interface SanctionedDestinations {

    /** The listed destinations by country code, each with who listed it and when. */
    List<Destination> all();

    /** The listed country codes: what the risk rule needs. */
    Set<String> countries();

    /** Lists a country; false when it is listed already (it then keeps who listed it first). */
    boolean add(String country, String addedBy, Instant at);

    /** Takes a country off the list; false when it was not listed. */
    boolean remove(String country);

    /** A listed destination: an ISO 3166 alpha-2 code (or XK), who listed it and when. */
    record Destination(String country, String addedBy, Instant addedAt) {
    }
}
