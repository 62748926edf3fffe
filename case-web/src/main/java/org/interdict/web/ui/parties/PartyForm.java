package org.interdict.web.ui.parties;

import org.interdict.application.party.PartyInput;
import org.interdict.application.party.PartyView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the party form holds while a person edits it: the basics as Faces inputs, and the rows of aliases,
 * identifiers and addresses as plain inputs named {@code alias-0}, {@code id-type-0} … that are read from the
 * request on every action (so that adding or removing a row never loses what was typed in the others).
 * The application checks it all when it is saved.
 */
public class PartyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of party and roles in trade the application knows (it refuses any other). */
    static final List<String> KINDS = List.of("COMPANY", "PERSON", "VESSEL", "AIRCRAFT");
    static final List<String> TRADE_ROLES = List.of("MANUFACTURER", "EXPORTER", "INTERMEDIARY", "CONSIGNEE");
    static final List<String> RELATIONSHIP_KINDS = List.of("OWNS", "CONTROLS", "SUBSIDIARY_OF", "SAME_AS", "SHIPS_TO", "ACTS_FOR");

    private String kind = KINDS.get(0);
    private String name;
    private String country;
    private String website;
    private List<String> tradeRoles = new ArrayList<>();
    private final List<AliasRow> aliases = new ArrayList<>();
    private final List<IdentifierRow> identifiers = new ArrayList<>();
    private final List<AddressRow> addresses = new ArrayList<>();

    static PartyForm of(PartyView party) {
        PartyForm form = new PartyForm();
        form.kind = party.kind();
        form.name = party.primaryName();
        form.country = party.country();
        form.website = party.website();
        form.tradeRoles = new ArrayList<>(party.tradeRoles());
        party.aliases().forEach(a -> form.aliases.add(new AliasRow(a.name(), a.language(), a.name(), a.script())));
        party.identifiers().forEach(i -> form.identifiers.add(new IdentifierRow(i.type(), i.value(), i.country())));
        party.addresses().forEach(a -> form.addresses.add(
                new AddressRow(a.street(), a.city(), a.region(), a.postalCode(), a.country())));
        return form;
    }

    /** Takes the rows as typed from the request's parameters; rows left wholly empty are dropped when saved. */
    void read(Map<String, String> parameters) {
        for (int i = 0; i < aliases.size(); i++) {
            AliasRow row = aliases.get(i);
            row.name = parameters.getOrDefault("alias-" + i, row.name);
            row.language = parameters.getOrDefault("alias-lang-" + i, row.language);
        }
        for (int i = 0; i < identifiers.size(); i++) {
            IdentifierRow row = identifiers.get(i);
            row.type = parameters.getOrDefault("id-type-" + i, row.type);
            row.value = parameters.getOrDefault("id-value-" + i, row.value);
            row.country = parameters.getOrDefault("id-country-" + i, row.country);
        }
        for (int i = 0; i < addresses.size(); i++) {
            AddressRow row = addresses.get(i);
            row.street = parameters.getOrDefault("addr-street-" + i, row.street);
            row.city = parameters.getOrDefault("addr-city-" + i, row.city);
            row.region = parameters.getOrDefault("addr-region-" + i, row.region);
            row.postalCode = parameters.getOrDefault("addr-postal-" + i, row.postalCode);
            row.country = parameters.getOrDefault("addr-country-" + i, row.country);
        }
    }

    PartyInput toInput() {
        return new PartyInput(kind, name, blank(country), blank(website),
                aliases.stream().filter(a -> blank(a.name) != null)
                        .map(a -> new PartyInput.AliasInput(a.name.strip(), a.keptScript(), blank(a.language))).toList(),
                identifiers.stream().filter(i -> blank(i.type) != null || blank(i.value) != null)
                        .map(i -> new PartyInput.IdentifierInput(blank(i.type), blank(i.value), upper(i.country))).toList(),
                addresses.stream().filter(a -> !a.isEmpty())
                        .map(a -> new PartyInput.AddressInput(blank(a.street), blank(a.city), blank(a.region),
                                blank(a.postalCode), upper(a.country))).toList(),
                List.copyOf(tradeRoles));
    }

    // Summaries of each part, in one line, to compare the saved values with the unsaved ones.

    String aliasesLine() {
        return aliases.stream().map(a -> blank(a.name)).filter(Objects::nonNull).collect(Collectors.joining("; "));
    }

    String identifiersLine() {
        return identifiers.stream().filter(i -> blank(i.value) != null)
                .map(i -> (i.type == null ? "" : i.type.strip().toUpperCase(java.util.Locale.ROOT) + " ") + i.value.replaceAll("\\s+", ""))
                .collect(Collectors.joining("; "));
    }

    String addressesLine() {
        return addresses.stream().filter(a -> !a.isEmpty()).map(AddressRow::oneLine).collect(Collectors.joining(" | "));
    }

    String tradeRolesLine() {
        return tradeRoles.stream().sorted().collect(Collectors.joining(", "));
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String v = blank(value);
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<String> getTradeRoles() {
        return tradeRoles;
    }

    public void setTradeRoles(List<String> tradeRoles) {
        this.tradeRoles = tradeRoles == null ? new ArrayList<>() : new ArrayList<>(tradeRoles);
    }

    public List<AliasRow> getAliases() {
        return aliases;
    }

    public List<IdentifierRow> getIdentifiers() {
        return identifiers;
    }

    public List<AddressRow> getAddresses() {
        return addresses;
    }

    /** An alias as typed; the script recorded for it is kept while its name is unchanged. */
    public static class AliasRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String language;
        private final String savedName;
        private final String savedScript;

        AliasRow(String name, String language, String savedName, String savedScript) {
            this.name = name;
            this.language = language;
            this.savedName = savedName;
            this.savedScript = savedScript;
        }

        public String getName() {
            return name;
        }

        public String getLanguage() {
            return language;
        }

        /** The script to show: the one recorded while the name is unchanged, else the one its letters are in. */
        public String getScript() {
            String kept = keptScript();
            return kept != null ? kept : Scripts.of(name);
        }

        String keptScript() {
            return savedScript != null && Objects.equals(blank(name), blank(savedName)) ? savedScript : null;
        }
    }

    public static class IdentifierRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String type;
        private String value;
        private String country;

        IdentifierRow(String type, String value, String country) {
            this.type = type;
            this.value = value;
            this.country = country;
        }

        public String getType() {
            return type;
        }

        public String getValue() {
            return value;
        }

        public String getCountry() {
            return country;
        }
    }

    public static class AddressRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String street;
        private String city;
        private String region;
        private String postalCode;
        private String country;

        AddressRow(String street, String city, String region, String postalCode, String country) {
            this.street = street;
            this.city = city;
            this.region = region;
            this.postalCode = postalCode;
            this.country = country;
        }

        boolean isEmpty() {
            return blank(street) == null && blank(city) == null && blank(region) == null && blank(postalCode) == null
                    && blank(country) == null;
        }

        String oneLine() {
            return java.util.stream.Stream.of(street, city, region, postalCode, country).map(PartyForm::blank)
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
        }

        public String getStreet() {
            return street;
        }

        public String getCity() {
            return city;
        }

        public String getRegion() {
            return region;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public String getCountry() {
            return country;
        }
    }

    void addAlias() {
        aliases.add(new AliasRow("", null, null, null));
    }

    void addIdentifier() {
        identifiers.add(new IdentifierRow("", "", null));
    }

    void addAddress() {
        addresses.add(new AddressRow(null, null, null, null, null));
    }
}
