package org.interdict.application.search;

import org.interdict.application.projection.RecordType;

import java.util.List;

/**
 * A record as the search projection holds it: what is known of it ({@link Indexed}), who may see it
 * (the owning agency, the agencies it is released to, or everyone), and the version that orders its
 * updates. How it is laid out in the index is the search module's business.
 *
 * @param version the outbox entry that produced it: later changes always carry higher versions
 */
public record SearchDocument(RecordType type, String id, long version, String owningAgency, List<String> releasedTo,
        boolean isPublic, Indexed record) {
}
