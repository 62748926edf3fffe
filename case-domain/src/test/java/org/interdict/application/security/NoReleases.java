package org.interdict.application.security;

import org.interdict.application.projection.RecordType;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** For tests whose callers never ask about a record's release: asking fails the test. */
public final class NoReleases implements EffectiveReleases {

    @Override
    public Set<String> of(RecordType type, UUID id) {
        throw new AssertionError("no release was expected to be asked for (" + type + " " + id + ")");
    }

    @Override
    public Map<UUID, Set<String>> of(RecordType type, Collection<UUID> ids) {
        throw new AssertionError("no release was expected to be asked for (" + type + " " + ids + ")");
    }
}
