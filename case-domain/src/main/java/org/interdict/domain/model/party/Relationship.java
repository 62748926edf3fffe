package org.interdict.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A link between two parties that an analyst recorded: a Hong Kong intermediary owned by a trading
 * company, a shell company that is the same as a known exporter, a supplier that ships to a consignee.
 */
@Entity
@Table(name = "party_relationship")
public class Relationship {

    @Id
    private UUID id;

    @Column(name = "from_party_id", nullable = false)
    private UUID fromPartyId;

    @Column(name = "to_party_id", nullable = false)
    private UUID toPartyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RelationshipKind kind;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "owning_agency", nullable = false, length = 32)
    private String owningAgency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected Relationship() {
        // for JPA
    }

    public Relationship(UUID fromPartyId, RelationshipKind kind, UUID toPartyId, String note, String owningAgency,
            String createdBy, Instant now) {
        if (Objects.equals(fromPartyId, toPartyId)) {
            throw new IllegalArgumentException("A party cannot be related to itself");
        }
        this.id = UUID.randomUUID();
        this.fromPartyId = Objects.requireNonNull(fromPartyId);
        this.toPartyId = Objects.requireNonNull(toPartyId);
        this.kind = Objects.requireNonNull(kind, "A relationship needs a kind: OWNS, CONTROLS, SUBSIDIARY_OF, SAME_AS, SHIPS_TO or ACTS_FOR");
        this.note = Text.optional(note, "a relationship's note", 1000);
        this.owningAgency = owningAgency;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID fromPartyId() {
        return fromPartyId;
    }

    public UUID toPartyId() {
        return toPartyId;
    }

    public RelationshipKind kind() {
        return kind;
    }

    public String note() {
        return note;
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

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Relationship r && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
