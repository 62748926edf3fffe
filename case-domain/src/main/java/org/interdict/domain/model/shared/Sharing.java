package org.interdict.domain.model.shared;

import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of sharing a record, common to every aggregate that can be shared: shared means shared
 * with at least one named agency, never with the owning agency itself; internal means with nobody.
 */
public final class Sharing {

    private Sharing() {
    }

    /**
     * A record's release after a supervisor's request, and what changed, for every aggregate that can be
     * shared: the recipients are checked with {@link #recipients}.
     */
    public record Release(Releasability releasability, Set<String> sharedWith, Changes changes) {

        /** The agencies the record is released to now: none while it is internal. */
        public static Set<String> effective(Releasability releasability, Set<String> sharedWith) {
            return releasability == Releasability.SHARED ? java.util.Collections.unmodifiableSet(sharedWith) : Set.of();
        }
    }

    public static Release release(Releasability current, Set<String> currentlySharedWith, Releasability wanted,
            Set<String> agencies, String owningAgency) {
        Set<String> recipients = recipients(wanted, agencies, owningAgency);
        Changes changes = new Changes()
                .field("releasability", current, wanted)
                .field("sharedWith", new TreeSet<>(currentlySharedWith), recipients);
        return new Release(wanted, new TreeSet<>(recipients), changes);
    }

    /** The agencies to share with, checked; an empty set for INTERNAL. */
    public static Set<String> recipients(Releasability releasability, Set<String> agencies, String owningAgency) {
        if (releasability == Releasability.PUBLIC) {
            throw new IllegalArgumentException("Only published designations are public; share a case or party with named partner agencies.");
        }
        Set<String> recipients = agencies == null ? new TreeSet<>() : new TreeSet<>(agencies);
        if (releasability == Releasability.INTERNAL) {
            if (!recipients.isEmpty()) {
                throw new IllegalArgumentException("An internal record is shared with nobody; leave the agencies out.");
            }
            return recipients;
        }
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("Name at least one partner agency to share with.");
        }
        if (recipients.contains(owningAgency)) {
            throw new IllegalArgumentException("A record is always visible to its own agency (" + owningAgency + "); share it with others.");
        }
        return recipients;
    }
}
