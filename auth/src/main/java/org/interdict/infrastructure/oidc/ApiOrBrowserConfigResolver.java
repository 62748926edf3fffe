package org.interdict.infrastructure.oidc;

import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One web module serves two kinds of client: the REST API under {@code /api}, for programs that
 * present a bearer token and must get 401 without one, and the web UI, for people whom Keycloak
 * should ask to log in. elytron-oidc-client applies one configuration per request; this resolver
 * picks the bearer-only one for the API and the authorization-code one for everything else.
 *
 * <p>Both configurations are files ({@code META-INF/oidc/api.json}, {@code META-INF/oidc/web.json})
 * whose {@code ${env.…}} expressions elytron resolves; this class only chooses between them.
 * Registered through the context parameter {@code oidc.config.resolver} in {@code web.xml}.
 */
public class ApiOrBrowserConfigResolver implements OidcClientConfigurationResolver {

    static final String API_PATH = "/api";

    private volatile OidcClientConfiguration api;
    private volatile OidcClientConfiguration browser;

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        return isApiPath(request.getRelativePath()) ? api() : browser();
    }

    static boolean isApiPath(String relativePath) {
        return relativePath != null
                && (relativePath.equals(API_PATH) || relativePath.startsWith(API_PATH + "/"));
    }

    private OidcClientConfiguration api() {
        if (api == null) {
            synchronized (this) {
                if (api == null) {
                    api = load("META-INF/oidc/api.json");
                }
            }
        }
        return api;
    }

    private OidcClientConfiguration browser() {
        if (browser == null) {
            synchronized (this) {
                if (browser == null) {
                    browser = load("META-INF/oidc/web.json");
                }
            }
        }
        return browser;
    }

    private static OidcClientConfiguration load(String resource) {
        try (InputStream json = ApiOrBrowserConfigResolver.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalStateException("OIDC configuration " + resource + " is missing from the auth module");
            }
            return OidcClientConfigurationBuilder.build(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
