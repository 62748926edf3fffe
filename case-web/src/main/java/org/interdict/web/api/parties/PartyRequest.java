package org.interdict.web.api.parties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.interdict.application.party.PartyInput;

import java.util.List;

/** A party as callers send it. Kind, trade roles and countries are checked by the application. */
public record PartyRequest(
        @NotBlank(message = "A party needs a kind: COMPANY, PERSON, VESSEL or AIRCRAFT") @Size(max = 32) String kind,
        @NotBlank(message = "A party needs a primary name") @Size(max = 600) String primaryName,
        @Size(max = 2) String country,
        @Size(max = 600) String website,
        @Size(max = 200) List<@NotNull @Valid AliasRequest> aliases,
        @Size(max = 50) List<@NotNull @Valid IdentifierRequest> identifiers,
        @Size(max = 50) List<@NotNull @Valid AddressRequest> addresses,
        @Size(max = 4) List<@NotBlank String> tradeRoles) {

    public record AliasRequest(@NotBlank(message = "An alias needs a name") @Size(max = 600) String name,
            @Size(max = 48) String script, @Size(max = 16) String language) {
    }

    public record IdentifierRequest(@NotBlank(message = "An identifier needs a type") @Size(max = 64) String type,
            @NotBlank(message = "An identifier needs a value") @Size(max = 200) String value, @Size(max = 2) String country) {
    }

    public record AddressRequest(@Size(max = 600) String street, @Size(max = 240) String city,
            @Size(max = 240) String region, @Size(max = 40) String postalCode, @Size(max = 2) String country) {
    }

    PartyInput toInput() {
        return new PartyInput(kind, primaryName, country, website,
                aliases == null ? null : aliases.stream().map(a -> new PartyInput.AliasInput(a.name(), a.script(), a.language())).toList(),
                identifiers == null ? null : identifiers.stream()
                        .map(i -> new PartyInput.IdentifierInput(i.type(), i.value(), i.country())).toList(),
                addresses == null ? null : addresses.stream()
                        .map(a -> new PartyInput.AddressInput(a.street(), a.city(), a.region(), a.postalCode(), a.country())).toList(),
                tradeRoles);
    }
}
