package org.interdict.application.designation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Designations as FollowTheMoney entities, one JSON object per line, the format sanctions tools
 * (yente, Aleph, OpenSanctions) read: for each designation the party (Company, Person, Vessel or
 * Airplane) and a Sanction that points at it.
 */
final class FollowTheMoneyLines {

    private final Writer out;
    private final Map<String, String> agencyNames;
    private long designations;

    FollowTheMoneyLines(Writer out, Map<String, String> agencyNames) {
        this.out = out;
        this.agencyNames = agencyNames;
    }

    void write(DesignationView d) {
        String partyId = "interdict-party-" + d.partyId();
        Map<String, List<String>> party = new LinkedHashMap<>();
        add(party, "name", d.primaryName());
        d.aliases().forEach(alias -> add(party, "alias", alias.name()));
        add(party, d.partyKind().equals("PERSON") ? "nationality" : "country", lower(d.country()));
        d.identifiers().forEach(id -> add(party, identifierProperty(d.partyKind(), id.type()), id.value()));
        d.addresses().forEach(address -> add(party, "address", address.oneLine()));
        line(entity(partyId, schema(d.partyKind()), party));

        Map<String, List<String>> sanction = new LinkedHashMap<>();
        add(sanction, "entity", partyId);
        add(sanction, "authority", agencyNames.getOrDefault(d.agency(), d.agency()));
        add(sanction, "program", d.legalBasis());
        add(sanction, "provisions", d.measure());
        add(sanction, "reason", d.statementOfReasons());
        add(sanction, "startDate", d.effectiveDate().toString());
        add(sanction, "listingDate", d.publishedAt().toString().substring(0, 10));
        line(entity("interdict-sanction-" + d.id(), "Sanction", sanction));
        designations++;
    }

    long designations() {
        return designations;
    }

    static String schema(String partyKind) {
        return switch (partyKind) {
            case "PERSON" -> "Person";
            case "VESSEL" -> "Vessel";
            case "AIRCRAFT" -> "Airplane";
            default -> "Company";
        };
    }

    static String identifierProperty(String partyKind, String type) {
        return switch (type) {
            case "INN" -> "innCode";
            case "OGRN" -> "ogrnCode";
            case "IMO" -> partyKind.equals("VESSEL") ? "imoNumber" : "registrationNumber";
            case "LEI" -> "leiCode";
            case "SWIFT", "BIC" -> "swiftBic";
            case "TAX", "VAT" -> "taxNumber";
            default -> "registrationNumber";
        };
    }

    private static String lower(String country) {
        return country == null ? null : country.toLowerCase(java.util.Locale.ROOT);
    }

    private static void add(Map<String, List<String>> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    private static String entity(String id, String schema, Map<String, List<String>> properties) {
        JsonObjectBuilder props = Json.createObjectBuilder();
        properties.forEach((name, values) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(array::add);
            props.add(name, array);
        });
        return Json.createObjectBuilder().add("id", id).add("schema", schema).add("properties", props).build().toString();
    }

    private void line(String json) {
        try {
            out.write(json);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
