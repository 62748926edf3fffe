package org.interdict.infrastructure.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.interdict.application.health.ProbeResult;
import org.interdict.application.health.ServiceProbe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether Keycloak serves the realm's OpenID Connect discovery document: without it no token can be
 * verified (new signing keys cannot be fetched) and nobody can log in.
 */
@ApplicationScoped
public class KeycloakProbe implements ServiceProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    @ConfigProperty(name = "interdict.oidc.provider-url", defaultValue = "http://127.0.0.1:8180/realms/interdict")
    String providerUrl;

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public ProbeResult probe() {
        URI discovery = URI.create(providerUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            String detail = "HTTP " + response.statusCode() + " from " + discovery;
            return response.statusCode() == 200 ? ProbeResult.up(detail) : ProbeResult.down(detail);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeResult.down(e);
        } catch (Exception e) {
            return ProbeResult.down(e);
        }
    }
}
