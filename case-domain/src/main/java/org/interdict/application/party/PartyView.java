package org.interdict.application.party;

import org.interdict.domain.model.party.Address;
import org.interdict.domain.model.party.Alias;
import org.interdict.domain.model.party.Identifier;
import org.interdict.domain.model.party.Party;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A party as callers see it. */
public record PartyView(UUID id, String kind, String primaryName, String country, String website,
        List<AliasView> aliases, List<IdentifierView> identifiers, List<AddressView> addresses,
        List<String> tradeRoles, String designationStatus, String owningAgency, String releasability,
        List<String> sharedWith, Instant createdAt, String createdBy, Instant updatedAt, long version) {

    /**
     * The same party as a partner agency sees it: what the party shows, without the owning agency's
     * internals (who recorded it, to whom and how it is released: a partner may see it directly or
     * through a shared case, and neither is theirs to know).
     */
    public PartyView asPartnerSees() {
        return new PartyView(id, kind, primaryName, country, website, aliases, identifiers, addresses, tradeRoles,
                designationStatus, owningAgency, null, List.of(), createdAt, null, updatedAt, version);
    }

    public record AliasView(String name, String script, String language) {
        static AliasView of(Alias alias) {
            return new AliasView(alias.name(), alias.script(), alias.language());
        }
    }

    public record IdentifierView(String type, String value, String country) {
        static IdentifierView of(Identifier identifier) {
            return new IdentifierView(identifier.type(), identifier.value(), identifier.country());
        }
    }

    public record AddressView(String street, String city, String region, String postalCode, String country) {
        static AddressView of(Address address) {
            return new AddressView(address.street(), address.city(), address.region(), address.postalCode(), address.country());
        }
    }

    public static PartyView of(Party party) {
        return new PartyView(party.id(), party.kind().name(), party.primaryName(), party.country(), party.website(),
                party.aliases().stream().map(AliasView::of).toList(),
                party.identifiers().stream().map(IdentifierView::of).toList(),
                party.addresses().stream().map(AddressView::of).toList(),
                party.tradeRoles().stream().map(Enum::name).sorted().toList(),
                party.designationStatus().name(), party.owningAgency(), party.releasability().name(),
                List.copyOf(party.sharedWith()), party.createdAt(), party.createdBy(),
                party.updatedAt(), party.version());
    }
}
