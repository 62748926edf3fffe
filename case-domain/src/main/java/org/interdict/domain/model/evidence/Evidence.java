package org.interdict.domain.model.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.interdict.domain.model.shared.Changes;
import org.interdict.domain.model.shared.Releasability;
import org.interdict.domain.model.shared.Sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A file attached to a case as evidence. Its content never changes: it is identified by its SHA-256
 * and size, recorded when it was received, so that anyone relying on it can check that it is still
 * the file that was attached. What people write about it (its {@link EvidenceDetails}) may be
 * corrected. It belongs to the case's agency and has a releasability of its own: a partner sees it only
 * when it is shared with them and its case is too.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "owning_agency", nullable = false, length = 32)
    private String owningAgency;

    @Column(name = "name", nullable = false, length = EvidenceDetails.NAME)
    private String name;

    @Column(name = "description", length = EvidenceDetails.DESCRIPTION)
    private String description;

    @Column(name = "source", length = EvidenceDetails.SOURCE)
    private String source;

    @Column(name = "obtained_by", length = EvidenceDetails.OBTAINED_BY)
    private String obtainedBy;

    @Column(name = "obtained_from", length = EvidenceDetails.OBTAINED_FROM)
    private String obtainedFrom;

    @Column(name = "obtained_on")
    private LocalDate obtainedOn;

    @Column(name = "handling_marking", length = EvidenceDetails.MARKING)
    private String handlingMarking;

    @Column(name = "media_type", nullable = false, length = 255)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "releasability", nullable = false, length = 16)
    private Releasability releasability = Releasability.INTERNAL;

    @ElementCollection
    @CollectionTable(name = "evidence_share", joinColumns = @JoinColumn(name = "evidence_id"))
    @Column(name = "agency", length = 32)
    private Set<String> sharedWith = new TreeSet<>();

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Evidence() {
        // for JPA
    }

    /**
     * Attaches received content to a case, internal to the case's agency.
     *
     * @param sha256 the SHA-256 of the content in lower-case hex, as computed while it was received
     */
    public Evidence(UUID caseId, String owningAgency, EvidenceDetails details, String mediaType, long size, String sha256,
            String addedBy, Instant now) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("An evidence item is identified by the SHA-256 of its content in hex; '" + sha256 + "' is not one.");
        }
        if (size < 0) {
            throw new IllegalArgumentException("A file has no negative size.");
        }
        if (mediaType == null || mediaType.isBlank()) {
            throw new IllegalArgumentException("The media type of an evidence item is detected from its content and required.");
        }
        this.id = UUID.randomUUID();
        this.caseId = Objects.requireNonNull(caseId);
        this.owningAgency = Objects.requireNonNull(owningAgency);
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.addedBy = Objects.requireNonNull(addedBy);
        this.addedAt = now;
        apply(Objects.requireNonNull(details), now);
    }

    /** Corrects what is written about the item; the content stays as received. Returns what changed. */
    public Changes describe(EvidenceDetails details, Instant now) {
        Changes changes = new Changes()
                .field("name", name, details.name())
                .field("description", description, details.description())
                .field("source", source, details.source())
                .field("obtainedBy", obtainedBy, details.obtainedBy())
                .field("obtainedFrom", obtainedFrom, details.obtainedFrom())
                .field("obtainedOn", obtainedOn, details.obtainedOn())
                .field("handlingMarking", handlingMarking, details.handlingMarking());
        if (!changes.isEmpty()) {
            apply(details, now);
        }
        return changes;
    }

    /** Shares the item with named partner agencies, or withdraws it (INTERNAL), by the rules of {@link Sharing}. */
    public Changes releaseTo(Releasability newReleasability, Set<String> agencies, Instant now) {
        Sharing.Release release = Sharing.release(releasability, sharedWith, newReleasability, agencies, owningAgency);
        releasability = release.releasability();
        sharedWith = release.sharedWith();
        updatedAt = now;
        return release.changes();
    }

    /** The agencies the item is released to now: none while it is internal (its case must be released to them too). */
    public Set<String> releasedTo() {
        return Sharing.Release.effective(releasability, sharedWith);
    }

    private void apply(EvidenceDetails details, Instant now) {
        this.name = details.name();
        this.description = details.description();
        this.source = details.source();
        this.obtainedBy = details.obtainedBy();
        this.obtainedFrom = details.obtainedFrom();
        this.obtainedOn = details.obtainedOn();
        this.handlingMarking = details.handlingMarking();
        this.updatedAt = now;
    }

    public EvidenceDetails details() {
        return new EvidenceDetails(name, description, source, obtainedBy, obtainedFrom, obtainedOn, handlingMarking);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String owningAgency() {
        return owningAgency;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Releasability releasability() {
        return releasability;
    }

    public Set<String> sharedWith() {
        return Collections.unmodifiableSet(sharedWith);
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Evidence e && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Evidence[" + id + ", " + sha256 + "]";
    }
}
