package org.interdict.application.trade;

import java.util.List;
import java.util.UUID;

/**
 * Port: the name matcher as the import uses it, to find which of an agency's parties a name written in
 * a customs declaration stands for. A session serves one import: it asks the search index about many
 * names at once, and it remembers the parties the import itself linked or created, which the index
 * may not hold yet.
 */
public interface PartyMatcher {

    Session open(String agency);

    /** Matching for one import. Not thread-safe. */
    interface Session {

        /** The best party in the index for each name (null where none scores at least {@code floor}), in order. */
        List<Match> indexed(List<Name> names, double floor);

        /** The best party among those remembered in this session, or null. */
        Match remembered(Name name);

        /** From now on {@link #remembered} knows the party under this name. */
        void remember(UUID party, String partyName, Name name);
    }

    /** A name as written, without the registry numbers found in it, with its country and those numbers ({@code TYPE:VALUE}). */
    record Name(String name, String country, List<String> identifiers) {
    }

    /** A party, how well it matches (0..1), and why. */
    record Match(UUID party, String partyName, double score, String evidence) {
    }
}
