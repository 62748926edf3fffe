package org.interdict.application.security;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed}. {@link Role} is the typed view of
 * the same names; a unit test keeps the two in step.
 */
public final class Roles {

    public static final String ANALYST = "analyst";
    public static final String SUPERVISOR = "supervisor";
    public static final String PARTNER = "partner";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
