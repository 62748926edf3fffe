package org.interdict.infrastructure.oidc;

import org.interdict.application.security.Caller;
import org.interdict.application.security.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The claims of a Keycloak access token that Interdict reads, and how they become a {@link Caller}.
 * This is the only place that knows claim names and Keycloak role names.
 */
public final class TokenClaims {

    /** The user attribute that names the caller's agency, mapped into the token by the realm. */
    public static final String AGENCY = "agency";

    private TokenClaims() {
    }

    /**
     * Builds the caller from the token's values. Keycloak's own realm roles
     * ({@code default-roles-interdict}, {@code offline_access}, …) mean nothing to Interdict and are
     * dropped; a Keycloak role translates to the application role of the same name.
     */
    public static Caller toCaller(String preferredUsername, String name, String subject, String agency,
            Collection<String> realmRoles) {
        String username = preferredUsername == null || preferredUsername.isBlank() ? subject : preferredUsername;
        return new Caller(username, name, agency == null ? null : agency.strip(), applicationRoles(realmRoles));
    }

    static Set<Role> applicationRoles(Collection<String> keycloakRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (keycloakRoles != null) {
            keycloakRoles.stream().map(TokenClaims::applicationRole).flatMap(Optional::stream).forEach(roles::add);
        }
        return roles;
    }

    static Optional<Role> applicationRole(String keycloakRole) {
        return Role.fromRoleName(keycloakRole);
    }
}
