package org.interdict.infrastructure.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.interdict.application.identity.UserDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user directory is Keycloak's: the web client's service account (granted {@code view-users} on
 * the realm) looks a username up through the admin API. The agency comes from the user's attribute of
 * the same name as the token claim; the roles from the user's effective realm roles. Answers are kept
 * for half a minute, so that a burst of assignments asks once.
 */
@ApplicationScoped
public class KeycloakUserDirectory implements UserDirectory {

    static final String CLIENT_ID = "interdict-web";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration KEEP = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ConcurrentHashMap<String, Cached> users = new ConcurrentHashMap<>();
    private volatile AccessToken token;

    @Inject
    @ConfigProperty(name = "interdict.oidc.provider-url", defaultValue = "http://127.0.0.1:8180/realms/interdict")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "interdict.web-client-secret", defaultValue = "")
    String clientSecret;

    @Override
    public Optional<DirectoryUser> find(String username) {
        Instant now = Instant.now();
        Cached cached = users.get(username);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.user();
        }
        Optional<DirectoryUser> found = lookUp(username);
        users.put(username, new Cached(found, now.plus(KEEP)));
        return found;
    }

    private Optional<DirectoryUser> lookUp(String username) {
        String admin = providerUrl.replaceAll("/+$", "").replace("/realms/", "/admin/realms/");
        JsonArray matches = get(admin + "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).asJsonArray();
        for (JsonValue value : matches) {
            JsonObject user = value.asJsonObject();
            if (!username.equalsIgnoreCase(user.getString("username", "")) || !user.getBoolean("enabled", false)) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            for (JsonValue role : get(admin + "/users/" + user.getString("id") + "/role-mappings/realm/composite").asJsonArray()) {
                roles.add(role.asJsonObject().getString("name", ""));
            }
            String agency = firstAttribute(user, TokenClaims.AGENCY);
            String displayName = (user.getString("firstName", "") + " " + user.getString("lastName", "")).strip();
            return Optional.of(new DirectoryUser(user.getString("username"), displayName.isEmpty() ? username : displayName,
                    agency == null || agency.isBlank() ? null : agency.strip(), TokenClaims.applicationRoles(roles)));
        }
        return Optional.empty();
    }

    private static String firstAttribute(JsonObject user, String name) {
        JsonObject attributes = user.getJsonObject("attributes");
        if (attributes == null || !(attributes.get(name) instanceof JsonArray values) || values.isEmpty()) {
            return null;
        }
        return values.get(0) instanceof JsonString s ? s.getString() : null;
    }

    private JsonValue get(String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken()).GET().build();
        return send(request, "look up a user");
    }

    private String accessToken() {
        AccessToken current = token;
        if (current != null && current.until().isAfter(Instant.now())) {
            return current.value();
        }
        String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(providerUrl.replaceAll("/+$", "") + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonObject answer = send(request, "sign in as the application").asJsonObject();
        // Renewed half a minute before Keycloak would refuse it.
        AccessToken fresh = new AccessToken(answer.getString("access_token"),
                Instant.now().plusSeconds(Math.max(5, answer.getInt("expires_in", 60) - 30)));
        token = fresh;
        return fresh.value();
    }

    private JsonValue send(HttpRequest request, String what) {
        try {
            HttpResponse<InputStream> response = http
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body(); JsonReader reader = Json.createReader(body)) {
                if (response.statusCode() != 200) {
                    throw new UnavailableException("Keycloak refused to " + what + " (HTTP " + response.statusCode() + ").", null);
                }
                return reader.readValue();
            }
        } catch (IOException e) {
            throw new UnavailableException("Keycloak could not be reached to " + what + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while asking Keycloak to " + what + ".", e);
        }
    }

    private record Cached(Optional<DirectoryUser> user, Instant until) {
    }

    private record AccessToken(String value, Instant until) {
    }
}
