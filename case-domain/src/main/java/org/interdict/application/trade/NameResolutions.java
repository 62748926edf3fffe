package org.interdict.application.trade;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: how names written in an agency's imports resolved to parties, and the proposals waiting for an analyst. */
public interface NameResolutions {

    /** The resolutions the agency holds for these names. */
    Map<String, Resolution> known(String agency, Collection<String> names);

    /**
     * Claims each name for its resolution, unless the agency resolved it already (another import may
     * just have); returns the resolution now held for each name, and whether it is the one given.
     */
    Map<String, Settled> settle(List<Resolution> resolutions);

    /** Proposals waiting for a decision, newest first, each with how many records that wrote the name wait for a party. */
    List<Proposal> proposals(String agency, int offset, int limit);

    long countProposals(String agency);

    Optional<Resolution> find(UUID id);

    /** Records the analyst's decision on a proposal still open; false when it was decided already. */
    boolean decide(UUID id, String status, UUID party, String decidedBy, Instant decidedAt);

    /** Links every record of the agency that wrote the name, as exporter or consignee, without a party yet; returns their ids. */
    List<UUID> linkRecords(String agency, String name, UUID party);

    /** How the agency's records first used the name: as EXPORTER (with the country it shipped from) or CONSIGNEE (destination). */
    Optional<Seen> firstSeen(String agency, String name);

    record Seen(String role, String country) {
    }

    /** One name's resolution. {@code party} is null while it is {@code PROPOSED}. */
    record Resolution(UUID id, String agency, String name, String status, UUID party, UUID candidate, Double score,
            String evidence, UUID batch, Instant createdAt, String decidedBy, Instant decidedAt) {
    }

    /** The resolution held for a name after {@link #settle}; {@code ours} when it is the one given. */
    record Settled(Resolution resolution, boolean ours) {
    }

    /** A proposal with the number of records that wrote the name. */
    record Proposal(Resolution resolution, long records) {
    }
}
