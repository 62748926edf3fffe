package org.interdict.application;

/**
 * A change was asked for without saying which version of the record it was made from. Applied
 * blindly, it would overwrite whatever someone else changed in the meantime, so it is refused until
 * the caller names the version they read.
 */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException(String what) {
        super("Changing " + what + " needs the version you are changing: read it first and send its version back "
                + "(over the API: the ETag of the GET answer in the If-Match header, e.g. If-Match: \"3\").");
    }
}
