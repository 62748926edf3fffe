package org.interdict.application.identity;

import java.util.Optional;

/**
 * Ending a person's sign-in at the identity provider too (OpenID Connect RP-initiated logout), so that
 * the next visit asks for the password again rather than signing them straight back in.
 */
public interface SignOut {

    /**
     * Where to send the browser so that the provider ends its session and then returns to
     * {@code returnTo}; empty when the request carries no sign-in to end.
     */
    Optional<String> endSessionAddress(String returnTo);
}
