package org.interdict.infrastructure.oidc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.interdict.application.identity.SignOut;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * RP-initiated logout against Keycloak: the provider's end-session endpoint (from its discovery
 * document, as elytron-oidc-client read it) with the user's ID token as the hint and the address to
 * return to, which the realm lists among the web client's post-logout redirect URIs.
 */
@RequestScoped
public class OidcSignOut implements SignOut {

    private HttpServletRequest request;

    /** For the CDI container's client proxy. */
    protected OidcSignOut() {
    }

    @Inject
    public OidcSignOut(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public Optional<String> endSessionAddress(String returnTo) {
        if (!(request.getAttribute(org.wildfly.security.http.oidc.OidcSecurityContext.class.getName())
                instanceof RefreshableOidcSecurityContext context)
                || context.getOidcClientConfiguration() == null || context.getIDTokenString() == null) {
            return Optional.empty();
        }
        String endpoint = context.getOidcClientConfiguration().getLogoutUrl();
        if (endpoint == null) {
            return Optional.empty();
        }
        return Optional.of(endpoint + (endpoint.contains("?") ? "&" : "?")
                + "id_token_hint=" + encode(context.getIDTokenString())
                + "&client_id=" + encode(context.getOidcClientConfiguration().getResourceName())
                + "&post_logout_redirect_uri=" + encode(returnTo));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
