package org.interdict.application;

/**
 * The caller edited from a version of the record that someone else has changed since. They must
 * reload and apply their change again.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else in the meantime (it is now at version " + currentVersion
                + "). Reload it and make your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
