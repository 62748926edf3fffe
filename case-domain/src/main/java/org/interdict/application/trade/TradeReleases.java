package org.interdict.application.trade;

import org.interdict.domain.model.shared.Releasability;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Port: the releasability of trade records, one per record like a case's or a party's. Who may see a
 * record follows from it through {@link org.interdict.application.security.EffectiveReleases}.
 */
public interface TradeReleases {

    /** A record's releasability as stored, and the agencies it names. */
    record Release(Releasability releasability, Set<String> sharedWith) {
    }

    /** The record's stored release; empty when there is no such record. */
    Optional<Release> of(UUID recordId);

    /** Stores the record's release. */
    void set(UUID recordId, Releasability releasability, Set<String> agencies);

    /** Stores the same release for every record the import batch stored; returns their ids. */
    List<UUID> setForBatch(UUID batchId, Releasability releasability, Set<String> agencies);
}
