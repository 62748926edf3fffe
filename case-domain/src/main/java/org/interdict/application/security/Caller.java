package org.interdict.application.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The person or system behind the current request, as Interdict understands it: who they are,
 * which agency they belong to and what roles they hold. Built by the identity adapter from a
 * verified token; the application layer never sees the token itself.
 *
 * @param username    the stable login name (for a partner system, its service account)
 * @param displayName the name shown to people, never blank (falls back to the username)
 * @param agency      the code of the one agency the caller belongs to
 * @param roles       the application roles the caller holds, possibly none
 */
public record Caller(String username, String displayName, String agency, Set<Role> roles) {

    public Caller {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A caller needs a username");
        }
        if (agency == null || agency.isBlank()) {
            throw new MissingAgencyException(username);
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        roles = roles == null || roles.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(Objects.requireNonNull(role));
    }

    public boolean belongsTo(String agencyCode) {
        return agency.equals(agencyCode);
    }
}
