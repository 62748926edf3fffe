package org.interdict.domain.model.trade;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which shipments raise a risk flag: goods of a flagged tier of the Common High Priority list going
 * to a sanctioned destination. The destinations are reference data an administrator keeps; every
 * tier of the list raises a flag. Goods not on the list, or going elsewhere, raise none; a record
 * without a destination raises none either.
 *
 * @param sanctionedDestinations ISO 3166 alpha-2 codes (upper case)
 * @param flaggedTiers           the tiers whose goods raise a flag
 */
public record RiskRule(Set<String> sanctionedDestinations, Set<ChpTier> flaggedTiers) {

    public RiskRule {
        Objects.requireNonNull(sanctionedDestinations, "A risk rule names its sanctioned destinations (none is a list too)");
        Objects.requireNonNull(flaggedTiers, "A risk rule names the tiers that raise a flag");
        for (String country : sanctionedDestinations) {
            if (country == null || !country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("A sanctioned destination is a two-letter country code in upper case, not '"
                        + country + "'");
            }
        }
        sanctionedDestinations = Set.copyOf(new TreeSet<>(sanctionedDestinations));
        flaggedTiers = flaggedTiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flaggedTiers));
    }

    /** The rule over these destinations, every tier of the list raising a flag. */
    public static RiskRule forDestinations(Collection<String> sanctionedDestinations) {
        return new RiskRule(Set.copyOf(sanctionedDestinations), EnumSet.allOf(ChpTier.class));
    }

    /**
     * Whether a shipment raises a flag.
     *
     * @param tier        the goods' tier, null when their HS code is not on the list
     * @param destination the country of destination as an ISO code, null when the record has none
     */
    public boolean flags(ChpTier tier, String destination) {
        return tier != null && destination != null && flaggedTiers.contains(tier)
                && sanctionedDestinations.contains(destination);
    }
}
