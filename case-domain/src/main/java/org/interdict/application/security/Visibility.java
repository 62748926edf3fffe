package org.interdict.application.security;

import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Caller;

/**
 * Which records a caller may find, derived from the access policy and never written again by a
 * search adapter: those owned by {@code ownerAgency} (read in full), those released to
 * {@code partnerAgency} (read as a partner: internal fields such as the assignee are not searched
 * and not shown), and public ones.
 */
public record Visibility(String ownerAgency, String partnerAgency) {

    /**
     * The current caller's visibility.
     *
     * @throws AccessDeniedException when the caller holds no Interdict role at all
     */
    public static Visibility of(AccessPolicy access) {
        Caller caller = access.caller();
        if (caller.roles().isEmpty()) {
            throw new AccessDeniedException("Your account holds no Interdict role.");
        }
        return new Visibility(access.canRead(caller.agency()) ? caller.agency() : null, access.partnerAgency());
    }

    /** Whether the caller reads records only as a partner (or only public ones): internal fields stay out of reach. */
    public boolean partnerView() {
        return ownerAgency == null;
    }
}
