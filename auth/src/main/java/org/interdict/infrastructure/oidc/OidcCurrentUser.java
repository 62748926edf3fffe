package org.interdict.infrastructure.oidc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.interdict.application.security.Caller;
import org.interdict.application.security.CurrentUser;
import org.interdict.application.security.NotAuthenticatedException;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RealmAccessClaim;

import java.util.List;

/**
 * The current user from the access token that WildFly's elytron-oidc-client verified for this
 * request (signature, issuer, expiry and audience are checked there, before any of our code runs).
 */
@RequestScoped
public class OidcCurrentUser implements CurrentUser {

    private HttpServletRequest request;
    private Caller caller;

    /** For the CDI container's client proxy. */
    protected OidcCurrentUser() {
    }

    @Inject
    public OidcCurrentUser(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public Caller caller() {
        if (caller == null) {
            caller = readCaller();
        }
        return caller;
    }

    private Caller readCaller() {
        if (!(request.getAttribute(OidcSecurityContext.class.getName()) instanceof OidcSecurityContext context)
                || context.getToken() == null) {
            throw new NotAuthenticatedException();
        }
        AccessToken token = context.getToken();
        RealmAccessClaim realmAccess = token.getRealmAccessClaim();
        List<String> realmRoles = realmAccess == null ? List.of() : realmAccess.getRoles();
        return TokenClaims.toCaller(token.getPreferredUsername(), token.getName(), token.getSubject(),
                token.getClaimValueAsString(TokenClaims.AGENCY), realmRoles);
    }
}
