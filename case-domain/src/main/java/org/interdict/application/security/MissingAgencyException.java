package org.interdict.application.security;

/**
 * The identity carries no agency. Every Interdict user belongs to exactly one agency, and without
 * it no record can be judged visible or not, so such a caller is refused everything.
 */
public class MissingAgencyException extends AccessDeniedException {

    public MissingAgencyException(String username) {
        super("Your account (" + username + ") is not assigned to an agency. "
                + "Ask your administrator to set the 'agency' attribute of your user.");
    }
}
