package org.interdict.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.Caller;
import org.interdict.application.security.CurrentUser;
import org.interdict.application.security.Role;
import org.interdict.domain.model.agency.Agency;
import org.interdict.domain.model.agency.AgencyRepository;

/**
 * Tells callers who Interdict takes them to be. A token may name an agency that Interdict has no
 * record of (a mistyped attribute in the identity provider, say): such a caller is refused, since
 * nothing they could see can be decided.
 */
@ApplicationScoped
public class IdentityService {

    private CurrentUser currentUser;
    private AgencyRepository agencies;

    /** For the CDI container's client proxy. */
    protected IdentityService() {
    }

    @Inject
    public IdentityService(CurrentUser currentUser, AgencyRepository agencies) {
        this.currentUser = currentUser;
        this.agencies = agencies;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CallerProfile describeCaller() {
        Caller caller = currentUser.caller();
        Agency agency = agencies.find(caller.agency())
                .orElseThrow(() -> new AccessDeniedException("Your account names the agency '" + caller.agency()
                        + "', which Interdict does not know. Ask your administrator to correct it."));
        return new CallerProfile(
                caller.username(),
                caller.displayName(),
                caller.roles().stream().map(Role::roleName).sorted().toList(),
                agency.code(),
                agency.name(),
                agency.kind().name());
    }
}
