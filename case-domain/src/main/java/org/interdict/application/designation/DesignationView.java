package org.interdict.application.designation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.interdict.domain.model.designation.Designation;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A published designation as partners and exports see it. */
public record DesignationView(UUID id, UUID partyId, String partyKind, String primaryName, String country,
        List<NameView> aliases, List<IdentifierView> identifiers, List<AddressView> addresses, String measure,
        String legalBasis, String statementOfReasons, LocalDate effectiveDate, String agency, Instant publishedAt) {

    public record NameView(String name, String script, String language) {
    }

    public record IdentifierView(String type, String value, String country) {
    }

    public record AddressView(String street, String city, String region, String postalCode, String country) {

        public String oneLine() {
            return java.util.stream.Stream.of(street, city, region, postalCode, country)
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    public static DesignationView of(Designation d) {
        return new DesignationView(d.id(), d.partyId(), d.partyKind().name(), d.primaryName(), d.country(),
                array(d.aliasesJson()).getValuesAs(JsonObject.class).stream()
                        .map(o -> new NameView(o.getString("name"), o.getString("script", null), o.getString("language", null)))
                        .toList(),
                array(d.identifiersJson()).getValuesAs(JsonObject.class).stream()
                        .map(o -> new IdentifierView(o.getString("type"), o.getString("value"), o.getString("country", null)))
                        .toList(),
                array(d.addressesJson()).getValuesAs(JsonObject.class).stream()
                        .map(o -> new AddressView(o.getString("street", null), o.getString("city", null),
                                o.getString("region", null), o.getString("postalCode", null), o.getString("country", null)))
                        .toList(),
                d.measure().name(), d.legalBasis(), d.statementOfReasons(), d.effectiveDate(), d.owningAgency(),
                d.publishedAt());
    }

    private static JsonArray array(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
