package org.interdict.domain.model.trade;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * How one exporter or consignee name, as an agency's trade records write it, resolved to a party.
 * An import settles most names alone: it links a name to a party the name matcher is sure of, or
 * creates a party for a name that matches nothing. A name close to a party but not close enough is
 * proposed: its records wait without a party until an analyst {@link #confirm confirms} that the
 * name is the proposed party or {@link #reject rejects} it (the name then gets a party of its own).
 * A proposal is decided once; a second decision is refused. Either way the name stays resolved, and
 * later imports link it at once.
 */
public final class NameResolution {

    private final UUID id;
    private final String agency;
    private final String name;
    private final UUID candidate;
    private final Double score;
    private final String evidence;
    private final UUID batch;
    private final Instant createdAt;
    private ResolutionStatus status;
    private UUID party;
    private String decidedBy;
    private Instant decidedAt;

    private NameResolution(UUID id, String agency, String name, ResolutionStatus status, UUID party, UUID candidate,
            Double score, String evidence, UUID batch, Instant createdAt, String decidedBy, Instant decidedAt) {
        this.id = Objects.requireNonNull(id, "A name resolution needs an id");
        this.agency = Objects.requireNonNull(agency, "A name resolution belongs to an agency");
        this.name = Objects.requireNonNull(name, "A name resolution names the name");
        this.status = Objects.requireNonNull(status, "A name resolution has a status");
        this.party = party;
        this.candidate = candidate;
        this.score = score;
        this.evidence = evidence;
        this.batch = batch;
        this.createdAt = Objects.requireNonNull(createdAt, "A name resolution has a time");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        // The same rules as the table's checks: a party exactly when the name is not waiting, a candidate while it waits.
        if (status.isOpen() == (party != null)) {
            throw new IllegalArgumentException("A name resolution has a party exactly when it is not " + ResolutionStatus.PROPOSED
                    + " (it is " + status + ")");
        }
        if (status.isOpen() && candidate == null) {
            throw new IllegalArgumentException("A proposed name names the party proposed for it");
        }
    }

    /** The import linked the name to a party the name matcher was sure of. */
    public static NameResolution linked(String agency, String name, UUID party, double score, String evidence, UUID batch,
            Instant now) {
        return new NameResolution(UUID.randomUUID(), agency, name, ResolutionStatus.LINKED, Objects.requireNonNull(party),
                party, score, evidence, batch, now, null, null);
    }

    /** The import proposes a party for the name; its records wait until an analyst decides. */
    public static NameResolution proposed(String agency, String name, UUID candidate, double score, String evidence,
            UUID batch, Instant now) {
        return new NameResolution(UUID.randomUUID(), agency, name, ResolutionStatus.PROPOSED, null,
                Objects.requireNonNull(candidate, "A proposed name names the party proposed for it"), score, evidence, batch,
                now, null, null);
    }

    /** No party matched the name: the import creates one for it. */
    public static NameResolution created(String agency, String name, UUID party, String evidence, UUID batch, Instant now) {
        return new NameResolution(UUID.randomUUID(), agency, name, ResolutionStatus.CREATED, Objects.requireNonNull(party), null,
                null, evidence, batch, now, null, null);
    }

    /** A resolution as it was stored. */
    public static NameResolution restore(UUID id, String agency, String name, ResolutionStatus status, UUID party,
            UUID candidate, Double score, String evidence, UUID batch, Instant createdAt, String decidedBy, Instant decidedAt) {
        return new NameResolution(id, agency, name, status, party, candidate, score, evidence, batch, createdAt, decidedBy,
                decidedAt);
    }

    /** The analyst confirms that the name is the proposed party. */
    public void confirm(UUID proposedParty, String by, Instant now) {
        requireOpen();
        if (!candidate.equals(proposedParty)) {
            throw new IllegalArgumentException("Confirming the name '" + name + "' links it to the party proposed for it, "
                    + candidate + ", not to " + proposedParty);
        }
        decide(ResolutionStatus.CONFIRMED, proposedParty, by, now);
    }

    /** The analyst rejects the proposed party: the name stands for another one, made for it. */
    public void reject(UUID newParty, String by, Instant now) {
        requireOpen();
        if (candidate.equals(newParty)) {
            throw new IllegalArgumentException("Rejecting the name '" + name + "' links it to another party than the one "
                    + "proposed for it");
        }
        decide(ResolutionStatus.REJECTED, newParty, by, now);
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new NameAlreadyDecidedException("The name '" + name + "' was decided already (" + status.name()
                    .toLowerCase(Locale.ROOT) + (decidedBy == null ? " by the import" : " by " + decidedBy) + ").");
        }
    }

    private void decide(ResolutionStatus outcome, UUID decidedParty, String by, Instant now) {
        this.status = outcome;
        this.party = Objects.requireNonNull(decidedParty, "A decided name stands for a party");
        this.decidedBy = Objects.requireNonNull(by, "A decision names who made it");
        this.decidedAt = Objects.requireNonNull(now);
    }

    /** Whether the import made a new party for this name (and so must record that party with it). */
    public boolean madeItsParty() {
        return status == ResolutionStatus.CREATED;
    }

    public UUID id() {
        return id;
    }

    public String agency() {
        return agency;
    }

    /** The name as the records write it. */
    public String name() {
        return name;
    }

    public ResolutionStatus status() {
        return status;
    }

    /** The party the name stands for; null while the name waits for a decision. */
    public UUID party() {
        return party;
    }

    /** The party the name matcher found for the name, if any. */
    public UUID candidate() {
        return candidate;
    }

    public Double score() {
        return score;
    }

    public String evidence() {
        return evidence;
    }

    /** The import that first wrote the name. */
    public UUID batch() {
        return batch;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NameResolution r && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "name '" + name + "' (" + status + ")";
    }
}
