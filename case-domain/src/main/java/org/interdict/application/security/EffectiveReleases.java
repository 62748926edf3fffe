package org.interdict.application.security;

import org.interdict.application.projection.RecordType;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one answer to "which partner agencies may see this record": released to them directly, or (for a
 * party) as the subject of a case released to them. Published designations are public and not asked
 * here. Every read path asks this port or filters by the same rule in its query (the repositories'
 * list queries and the search projection's {@code releasedTo} field are built from it), so that the
 * rule is written once, in the database view {@code effective_release}.
 */
public interface EffectiveReleases {

    /** The partner agencies the record is released to now; empty while it is internal. */
    Set<String> of(RecordType type, UUID id);

    /**
     * {@link #of(RecordType, UUID)} for many records of one kind in one query; records released to nobody are
     * left out. An evidence item is released to the agencies it is shared with whose case is shared with them too.
     */
    Map<UUID, Set<String>> of(RecordType type, Collection<UUID> ids);
}
