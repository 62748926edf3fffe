package org.interdict.domain.model.party;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.interdict.domain.model.shared.Changes;
import org.interdict.domain.model.shared.Releasability;
import org.interdict.domain.model.shared.Sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A company, person, vessel or aircraft that analysts investigate: a manufacturer whose catalogue
 * items turn up at the front, an intermediary in Hong Kong, a consignee set up in a remote region.
 * It is known under its primary name and any number of aliases in any script, identified by
 * registry numbers where public, and owned by the agency that recorded it.
 */
@Entity
@Table(name = "party")
public class Party {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private PartyKind kind;

    @Column(name = "primary_name", nullable = false, length = 300)
    private String primaryName;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "website", length = 300)
    private String website;

    @ElementCollection
    @CollectionTable(name = "party_alias", joinColumns = @JoinColumn(name = "party_id"))
    @OrderColumn(name = "position")
    private List<Alias> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "party_identifier", joinColumns = @JoinColumn(name = "party_id"))
    @OrderColumn(name = "position")
    private List<Identifier> identifiers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "party_address", joinColumns = @JoinColumn(name = "party_id"))
    @OrderColumn(name = "position")
    private List<Address> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "party_trade_role", joinColumns = @JoinColumn(name = "party_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<TradeRole> tradeRoles = EnumSet.noneOf(TradeRole.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "designation_status", nullable = false, length = 16)
    private DesignationStatus designationStatus = DesignationStatus.NONE;

    @Column(name = "owning_agency", nullable = false, length = 32)
    private String owningAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "releasability", nullable = false, length = 16)
    private Releasability releasability = Releasability.INTERNAL;

    @ElementCollection
    @CollectionTable(name = "party_share", joinColumns = @JoinColumn(name = "party_id"))
    @Column(name = "agency", length = 32)
    private Set<String> sharedWith = new java.util.TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Party() {
        // for JPA
    }

    /** Records a new party, owned by the recording user's agency. */
    public Party(PartyDetails details, String owningAgency, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.owningAgency = Objects.requireNonNull(owningAgency, "owningAgency");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces what is known of the party; returns what changed, for the audit trail. */
    public Changes revise(PartyDetails details, Instant now) {
        Changes changes = new Changes()
                .field("kind", kind, details.kind())
                .field("primaryName", primaryName, details.primaryName())
                .field("country", country, details.country())
                .field("website", website, details.website())
                .field("aliases", describe(aliases), describe(details.aliases()))
                .field("identifiers", describe(identifiers), describe(details.identifiers()))
                .field("addresses", describe(addresses), describe(details.addresses()))
                .field("tradeRoles", new java.util.TreeSet<>(tradeRoles), new java.util.TreeSet<>(details.tradeRoles()));
        if (!changes.isEmpty()) {
            apply(details, now);
        }
        return changes;
    }

    /** Shares the party with named partner agencies, or withdraws it (INTERNAL). */
    public Changes releaseTo(Releasability newReleasability, Set<String> agencies, Instant now) {
        Sharing.Release release = Sharing.release(releasability, sharedWith, newReleasability, agencies, owningAgency);
        releasability = release.releasability();
        sharedWith = release.sharedWith();
        updatedAt = now;
        return release.changes();
    }

    /** Whether the party itself is released to the agency (it may also be visible through a shared case). */
    public boolean isSharedWith(String agency) {
        return releasedTo().contains(agency);
    }

    /** The agencies the record is released to now: none while it is internal. */
    public Set<String> releasedTo() {
        return Sharing.Release.effective(releasability, sharedWith);
    }

    public Releasability releasability() {
        return releasability;
    }

    public Set<String> sharedWith() {
        return Collections.unmodifiableSet(sharedWith);
    }

    /** A proposal names this party: its status moves to proposed, unless already designated. */
    public void markProposed() {
        if (designationStatus == DesignationStatus.NONE) {
            designationStatus = DesignationStatus.PROPOSED;
        }
    }

    /** A proposal naming this party did not go ahead. */
    public void clearProposal() {
        if (designationStatus == DesignationStatus.PROPOSED) {
            designationStatus = DesignationStatus.NONE;
        }
    }

    /** A designation of this party was published. */
    public void markDesignated() {
        designationStatus = DesignationStatus.DESIGNATED;
    }

    private void apply(PartyDetails details, Instant now) {
        this.kind = details.kind();
        this.primaryName = details.primaryName();
        this.country = details.country();
        this.website = details.website();
        this.aliases = new ArrayList<>(details.aliases());
        this.identifiers = new ArrayList<>(details.identifiers());
        this.addresses = new ArrayList<>(details.addresses());
        this.tradeRoles = details.tradeRoles().isEmpty() ? EnumSet.noneOf(TradeRole.class) : EnumSet.copyOf(details.tradeRoles());
        this.updatedAt = now;
    }

    private static List<String> describe(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.toList());
    }

    /** Every name the party goes by: the primary name first, then the aliases, without repeats. */
    public Set<String> allNames() {
        Set<String> names = new LinkedHashSet<>();
        names.add(primaryName);
        aliases.forEach(alias -> names.add(alias.name()));
        return names;
    }

    public UUID id() {
        return id;
    }

    public PartyKind kind() {
        return kind;
    }

    public String primaryName() {
        return primaryName;
    }

    public String country() {
        return country;
    }

    public String website() {
        return website;
    }

    public List<Alias> aliases() {
        return Collections.unmodifiableList(aliases);
    }

    public List<Identifier> identifiers() {
        return Collections.unmodifiableList(identifiers);
    }

    public List<Address> addresses() {
        return Collections.unmodifiableList(addresses);
    }

    public Set<TradeRole> tradeRoles() {
        return Collections.unmodifiableSet(tradeRoles);
    }

    public DesignationStatus designationStatus() {
        return designationStatus;
    }

    public String owningAgency() {
        return owningAgency;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Party party && id.equals(party.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Party[" + primaryName + ", " + id + "]";
    }
}
