package org.interdict.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;

/**
 * The Content-Security-Policy of the web UI's pages. Scripts, styles, images, fonts and connections come
 * from this application only; no page may be framed. Forms post to this application and to the identity
 * provider: a form sent after the session ended is redirected to Keycloak's login, which a
 * {@code form-action 'self'} alone would block. The provider's origin comes from the same setting as the
 * web client's OIDC configuration ({@code INTERDICT_OIDC_PROVIDER_URL}).
 *
 * <p>undertow-handlers.conf sets a stricter policy on every response first (also on the redirects to the
 * login page, which no filter sees); this filter replaces it for the pages.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class PagePolicyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_PROVIDER = "http://127.0.0.1:8180/realms/interdict";

    private final String policy = policy(origin(System.getenv().getOrDefault("INTERDICT_OIDC_PROVIDER_URL", DEFAULT_PROVIDER)));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Problems.isApi(request.getContextPath(), request.getRequestURI())) {
            response.setHeader("Content-Security-Policy", policy);
        }
        chain.doFilter(request, response);
    }

    static String policy(String providerOrigin) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'" + (providerOrigin == null ? "" : " " + providerOrigin) + "; frame-ancestors 'none'";
    }

    /** scheme://host[:port] of the provider's address, or null when it is not an absolute http(s) address. */
    static String origin(String providerUrl) {
        try {
            URI uri = URI.create(providerUrl.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
