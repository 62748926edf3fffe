package org.interdict.application.party;

import org.interdict.application.Enums;
import org.interdict.application.InvalidInputException;
import org.interdict.domain.model.party.Address;
import org.interdict.domain.model.party.Alias;
import org.interdict.domain.model.party.Identifier;
import org.interdict.domain.model.party.PartyDetails;
import org.interdict.domain.model.party.PartyKind;
import org.interdict.domain.model.party.TradeRole;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a caller states about a party, as sent; checked when turned into the domain's terms. */
public record PartyInput(String kind, String primaryName, String country, String website, List<AliasInput> aliases,
        List<IdentifierInput> identifiers, List<AddressInput> addresses, List<String> tradeRoles) {

    public record AliasInput(String name, String script, String language) {
    }

    public record IdentifierInput(String type, String value, String country) {
    }

    public record AddressInput(String street, String city, String region, String postalCode, String country) {
    }

    PartyDetails toDetails() {
        PartyKind partyKind = Enums.required(PartyKind.class, "kind", kind);
        Set<TradeRole> roles = EnumSet.noneOf(TradeRole.class);
        if (tradeRoles != null) {
            tradeRoles.forEach(role -> roles.add(Enums.required(TradeRole.class, "tradeRoles", role)));
        }
        return InvalidInputException.check(() -> new PartyDetails(partyKind, primaryName, country, website,
                aliases == null ? List.of() : aliases.stream().map(a -> new Alias(a.name(), a.script(), a.language())).toList(),
                identifiers == null ? List.of() : identifiers.stream().map(i -> new Identifier(i.type(), i.value(), i.country())).toList(),
                addresses == null ? List.of() : addresses.stream()
                        .map(a -> new Address(a.street(), a.city(), a.region(), a.postalCode(), a.country())).toList(),
                roles));
    }
}
