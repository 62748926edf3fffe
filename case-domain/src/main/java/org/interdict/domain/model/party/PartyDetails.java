package org.interdict.domain.model.party;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an analyst states about a party, checked: a kind, a primary name, and optional
 * country, website, aliases, identifiers, addresses and trade roles.
 */
public record PartyDetails(
        PartyKind kind,
        String primaryName,
        String country,
        String website,
        List<Alias> aliases,
        List<Identifier> identifiers,
        List<Address> addresses,
        Set<TradeRole> tradeRoles) {

    public PartyDetails {
        Objects.requireNonNull(kind, "A party needs a kind: COMPANY, PERSON, VESSEL or AIRCRAFT");
        primaryName = Text.required(primaryName, "A party needs a primary name", "the primary name", 300);
        country = Text.country(country);
        website = org.interdict.domain.model.shared.PlainText.webAddress(website, "the website", 300);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        tradeRoles = tradeRoles == null ? Set.of() : Set.copyOf(tradeRoles);
        if (aliases.size() > 200 || identifiers.size() > 50 || addresses.size() > 50) {
            throw new IllegalArgumentException("A party keeps at most 200 aliases, 50 identifiers and 50 addresses");
        }
        if (identifiers.stream().distinct().count() < identifiers.size()) {
            throw new IllegalArgumentException("The same identifier is listed twice");
        }
    }
}
