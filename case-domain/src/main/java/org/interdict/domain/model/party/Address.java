package org.interdict.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where a party is registered or operates. Any part may be unknown, but not all of them. */
@Embeddable
public class Address {

    @Column(name = "street", length = 300)
    private String street;

    @Column(name = "city", length = 120)
    private String city;

    @Column(name = "region", length = 120)
    private String region;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(name = "country", length = 2)
    private String country;

    protected Address() {
        // for JPA
    }

    public Address(String street, String city, String region, String postalCode, String country) {
        this.street = Text.optional(street, "the street", 300);
        this.city = Text.optional(city, "the city", 120);
        this.region = Text.optional(region, "the region", 120);
        this.postalCode = Text.optional(postalCode, "the postal code", 20);
        this.country = Text.country(country);
        if (Stream.of(this.street, this.city, this.region, this.postalCode, this.country).allMatch(Objects::isNull)) {
            throw new IllegalArgumentException("An address needs at least one of street, city, region, postal code or country");
        }
    }

    public String street() {
        return street;
    }

    public String city() {
        return city;
    }

    public String region() {
        return region;
    }

    public String postalCode() {
        return postalCode;
    }

    public String country() {
        return country;
    }

    /** One line, as on an envelope. */
    public String oneLine() {
        return Stream.of(street, city, region, postalCode, country).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address a && Objects.equals(street, a.street) && Objects.equals(city, a.city)
                && Objects.equals(region, a.region) && Objects.equals(postalCode, a.postalCode)
                && Objects.equals(country, a.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city, region, postalCode, country);
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
