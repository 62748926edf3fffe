package org.interdict.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organisation whose people use Interdict: an authority that investigates and designates, or a
 * partner agency that receives what authorities release to it. Every user belongs to exactly one
 * agency, named in their token by its {@linkplain #code() code}; cases, parties and evidence are
 * owned by an agency and shared from it.
 */
@Entity
@Table(name = "agency")
public class Agency {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private AgencyKind kind;

    @Column(name = "country", length = 2)
    private String country;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Agency() {
        // for JPA
    }

    public Agency(String code, String name, AgencyKind kind, String country) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "An agency code is 2 to 32 capital letters, digits or hyphens, starting with a letter");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An agency needs a name");
        }
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("A country is an ISO 3166-1 alpha-2 code");
        }
        this.code = code;
        this.name = name.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.country = country == null ? null : country.toUpperCase(Locale.ROOT);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AgencyKind kind() {
        return kind;
    }

    public String country() {
        return country;
    }

    public boolean isPartner() {
        return kind == AgencyKind.PARTNER;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Agency agency && code.equals(agency.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "Agency[" + code + "]";
    }
}
