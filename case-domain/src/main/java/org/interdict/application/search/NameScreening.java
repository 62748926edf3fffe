package org.interdict.application.search;

import org.interdict.application.projection.RecordType;
import org.interdict.application.security.Visibility;

import java.util.List;

/**
 * Port: finds the parties and designations whose names (in any script, with any legal form) match a
 * name, among the records a caller may see, ranked by a score in [0, 1] with the reason for it.
 */
public interface NameScreening {

    List<Candidate> screen(Query query, Visibility visibility);

    /** What is screened: a name, and optionally the kind of party, its country and identifiers (TYPE:VALUE). */
    record Query(String name, String kind, String country, List<String> identifiers, double threshold, int limit) {
    }

    /** One match: which record, how good, and why. */
    record Candidate(RecordType type, String id, String name, String country, double score, String matchedName,
            String explanation) {
    }
}
