package org.interdict.domain.model.designation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.interdict.domain.model.casefile.Measure;
import org.interdict.domain.model.casefile.Proposal;
import org.interdict.domain.model.party.Address;
import org.interdict.domain.model.party.Alias;
import org.interdict.domain.model.party.Identifier;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A published listing of one party: its names, aliases, identifiers and addresses as they stood when
 * the designation was published, the measure, its legal basis and statement of reasons, and the
 * date it takes effect. Partners rely on it, so it never changes: a correction is a new record.
 */
@Entity
@Table(name = "designation")
public class Designation {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private UUID proposalId;

    @Column(name = "party_id", nullable = false, updatable = false)
    private UUID partyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, updatable = false, length = 16)
    private PartyKind partyKind;

    @Column(name = "primary_name", nullable = false, updatable = false, length = 300)
    private String primaryName;

    @Column(name = "country", updatable = false, length = 2)
    private String country;

    /** JSON array of {name, script, language}. */
    @Column(name = "aliases", nullable = false, updatable = false)
    private String aliases;

    /** JSON array of {type, value, country}. */
    @Column(name = "identifiers", nullable = false, updatable = false)
    private String identifiers;

    /** JSON array of {street, city, region, postalCode, country}. */
    @Column(name = "addresses", nullable = false, updatable = false)
    private String addresses;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, updatable = false, length = 24)
    private Measure measure;

    @Column(name = "legal_basis", nullable = false, updatable = false, length = 1000)
    private String legalBasis;

    @Column(name = "statement_of_reasons", nullable = false, updatable = false, length = 20000)
    private String statementOfReasons;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "owning_agency", nullable = false, updatable = false, length = 32)
    private String owningAgency;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 100)
    private String publishedBy;

    protected Designation() {
        // for JPA
    }

    /** The designation of one subject of an approved proposal, as published now. */
    public Designation(Proposal proposal, Party party, String owningAgency, LocalDate effectiveDate, String publishedBy,
            Instant now) {
        if (!proposal.subjects().contains(party.id())) {
            throw new IllegalArgumentException(party + " is not a subject of the proposal");
        }
        this.id = UUID.randomUUID();
        this.caseId = proposal.caseId();
        this.proposalId = proposal.id();
        this.partyId = party.id();
        this.partyKind = party.kind();
        this.primaryName = party.primaryName();
        this.country = party.country();
        this.aliases = aliasesJson(party);
        this.identifiers = identifiersJson(party);
        this.addresses = addressesJson(party);
        this.measure = proposal.measure();
        this.legalBasis = proposal.legalBasis();
        this.statementOfReasons = proposal.statementOfReasons();
        this.effectiveDate = Objects.requireNonNull(effectiveDate, "A designation needs an effective date");
        this.owningAgency = owningAgency;
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    private static String aliasesJson(Party party) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Alias alias : party.aliases()) {
            var item = Json.createObjectBuilder().add("name", alias.name()).add("script", alias.script());
            if (alias.language() != null) {
                item.add("language", alias.language());
            }
            array.add(item);
        }
        return array.build().toString();
    }

    private static String identifiersJson(Party party) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Identifier identifier : party.identifiers()) {
            var item = Json.createObjectBuilder().add("type", identifier.type()).add("value", identifier.value());
            if (identifier.country() != null) {
                item.add("country", identifier.country());
            }
            array.add(item);
        }
        return array.build().toString();
    }

    private static String addressesJson(Party party) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Address address : party.addresses()) {
            var item = Json.createObjectBuilder();
            addIfPresent(item, "street", address.street());
            addIfPresent(item, "city", address.city());
            addIfPresent(item, "region", address.region());
            addIfPresent(item, "postalCode", address.postalCode());
            addIfPresent(item, "country", address.country());
            array.add(item);
        }
        return array.build().toString();
    }

    private static void addIfPresent(jakarta.json.JsonObjectBuilder item, String name, String value) {
        if (value != null) {
            item.add(name, value);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID proposalId() {
        return proposalId;
    }

    public UUID partyId() {
        return partyId;
    }

    public PartyKind partyKind() {
        return partyKind;
    }

    public String primaryName() {
        return primaryName;
    }

    public String country() {
        return country;
    }

    public String aliasesJson() {
        return aliases;
    }

    public String identifiersJson() {
        return identifiers;
    }

    public String addressesJson() {
        return addresses;
    }

    public Measure measure() {
        return measure;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String statementOfReasons() {
        return statementOfReasons;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public String owningAgency() {
        return owningAgency;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Designation d && id.equals(d.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
