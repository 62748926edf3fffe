package org.interdict.application.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do in Interdict. Every user holds one or more roles within exactly one agency;
 * a role never reaches across agencies by itself (sharing does).
 */
public enum Role {

    /** An authority's investigator: opens and edits cases of their agency, proposes designations. */
    ANALYST(Roles.ANALYST),
    /** A senior officer: everything an analyst may, plus deciding proposals (never their own). */
    SUPERVISOR(Roles.SUPERVISOR),
    /** A user at a partner agency: reads what is released to that agency and published designations. */
    PARTNER(Roles.PARTNER),
    /** Internal oversight: reads everything of their agency, including the audit trail; never edits. */
    AUDITOR(Roles.AUDITOR),
    /** System administrator: reference data and settings, no case content through this role alone. */
    ADMIN(Roles.ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name used in {@code @RolesAllowed} and in the security context. */
    public String roleName() {
        return roleName;
    }

    /** The role with this application role name, if Interdict knows it. */
    public static Optional<Role> fromRoleName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.roleName.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
