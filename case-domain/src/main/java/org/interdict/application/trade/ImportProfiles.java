package org.interdict.application.trade;

import java.util.List;
import java.util.Optional;

/** Port: the import profiles of each agency, by name. */
public interface ImportProfiles {

    /** The agency's profiles, by name. */
    List<ImportProfile> of(String agency);

    Optional<ImportProfile> find(String agency, String name);

    /** Saves the profile under its name, replacing one of that name; returns the one replaced, if any. */
    Optional<ImportProfile> save(String agency, ImportProfile profile);

    /** Deletes the profile of that name; false when there was none. */
    boolean delete(String agency, String name);
}
