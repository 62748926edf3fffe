package org.interdict.application.identity;

import org.interdict.application.security.Role;

import java.util.Optional;
import java.util.Set;

/**
 * The people who may sign in to Interdict, as the identity provider knows them: who a username
 * belongs to, their agency and their roles. Used where the product names a person other than the
 * caller (assigning a case), so that work only goes to someone who may do it.
 */
public interface UserDirectory {

    /** The enabled user with exactly this username, if there is one. */
    Optional<DirectoryUser> find(String username);

    /** A user as the directory knows them; {@code agency} is null for a user without one. */
    record DirectoryUser(String username, String displayName, String agency, Set<Role> roles) {

        public DirectoryUser {
            roles = Set.copyOf(roles);
        }
    }

    /** The directory could not be asked (down, or refused the application's own credentials). */
    class UnavailableException extends RuntimeException {

        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
