package org.interdict.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;

/**
 * A registry number that names a party without ambiguity: China's unified social credit code
 * ({@code USCC}), Russia's {@code INN} and {@code OGRN}, a Hong Kong company number
 * ({@code HK_CR}), a vessel's {@code IMO} number. Strong evidence that two records are one party.
 */
@Embeddable
public class Identifier {

    @Column(name = "type", nullable = false, length = 32)
    private String type;

    @Column(name = "value", nullable = false, length = 100)
    private String value;

    @Column(name = "country", length = 2)
    private String country;

    protected Identifier() {
        // for JPA
    }

    public Identifier(String type, String value, String country) {
        String t = Text.required(type, "An identifier needs a type, e.g. INN or USCC", "an identifier's type", 32).toUpperCase(Locale.ROOT);
        if (!t.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("An identifier type is letters, digits and underscores, e.g. INN, USCC, HK_CR");
        }
        this.type = t;
        this.value = Text.required(value, "An identifier needs a value", "an identifier's value", 100).replaceAll("\\s+", "");
        this.country = Text.country(country);
    }

    public String type() {
        return type;
    }

    public String value() {
        return value;
    }

    public String country() {
        return country;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Identifier id && type.equals(id.type) && value.equals(id.value)
                && Objects.equals(country, id.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value, country);
    }

    @Override
    public String toString() {
        return type + " " + value;
    }
}
