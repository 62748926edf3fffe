package org.interdict.application.search;

import java.util.List;
import java.util.Map;

/**
 * A record as the search projection holds it: its fields, who may see it (the owning agency, the
 * agencies it is released to, or everyone), and the version that orders its updates.
 *
 * @param version the outbox entry that produced it: later changes always carry higher versions
 */
public record SearchDocument(RecordType type, String id, long version, String owningAgency, List<String> releasedTo,
        boolean isPublic, Map<String, Object> fields) {
}
