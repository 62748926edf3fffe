package org.interdict.application.trade;

import org.interdict.domain.model.trade.NameResolution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: how names written in an agency's imports resolved to parties, and the proposals waiting for an analyst. */
public interface NameResolutions {

    /** The resolutions the agency holds for these names. */
    Map<String, NameResolution> known(String agency, Collection<String> names);

    /**
     * Claims each name for its resolution, unless the agency resolved it already (another import may
     * just have); returns the resolution now held for each name, and whether it is the one given.
     */
    Map<String, Settled> settle(List<NameResolution> resolutions);

    /** Proposals waiting for a decision, newest first, each with how many records that wrote the name wait for a party. */
    List<Proposal> proposals(String agency, int offset, int limit);

    long countProposals(String agency);

    Optional<NameResolution> find(UUID id);

    /**
     * Stores an analyst's decision ({@link NameResolution#confirm} or {@link NameResolution#reject}) on a
     * proposal that is still open in the database; false when someone decided it first.
     */
    boolean decide(NameResolution decided);

    /** Links every record of the agency that wrote the name, as exporter or consignee, without a party yet; returns their ids. */
    List<UUID> linkRecords(String agency, String name, UUID party);

    /** How the agency's records first used the name: as exporter (with the country it shipped from) or consignee (destination). */
    Optional<Seen> firstSeen(String agency, String name);

    record Seen(org.interdict.domain.model.party.TradeRole role, String country) {
    }

    /** The resolution held for a name after {@link #settle}; {@code ours} when it is the one given. */
    record Settled(NameResolution resolution, boolean ours) {
    }

    /** A proposal with the number of records that wrote the name. */
    record Proposal(NameResolution resolution, long records) {
    }
}
