package org.interdict.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Real tokens from the test instance's Keycloak, obtained the way scripts and partner systems do. */
final class Keycloak {

    static final String REALM = "interdict";
    static final String CLI_CLIENT = "interdict-cli";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /** An access token for a demo user (password grant on the public client for scripts). */
    static String userToken(String username) {
        return userToken(CLI_CLIENT, username, TestEnvironment.demoPassword());
    }

    static String userToken(String clientId, String username, String password) {
        return token(REALM, form("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    /** An access token for the partner agency's system (client-credentials grant). */
    static String partnerSystemToken() {
        return token(REALM, form("grant_type", "client_credentials", "client_id", "partner-system",
                "client_secret", TestEnvironment.partnerClientSecret()));
    }

    /** A token of Keycloak's own administrator, issued by the master realm. */
    static String masterAdminToken() {
        return token("master", form("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", TestEnvironment.keycloakAdminPassword()));
    }

    /**
     * Creates (once) a public client whose access tokens live {@code seconds} seconds, with the same
     * agency and audience mappers as the product's clients, so that expiry can be observed.
     */
    static String shortLivedClient(int seconds) {
        return testClient("it-short-lived-" + seconds, seconds, true, true);
    }

    /** A client whose tokens carry no audience for the API: they are meant for another service. */
    static String otherAudienceClient() {
        return testClient("it-other-audience", null, true, false);
    }

    /** A client whose tokens carry no agency claim. */
    static String noAgencyClient() {
        return testClient("it-no-agency", null, false, true);
    }

    private static String testClient(String clientId, Integer lifespanSeconds, boolean agency, boolean audience) {
        var mappers = Json.createArrayBuilder();
        if (agency) {
            mappers.add(Json.createObjectBuilder().add("name", "agency").add("protocol", "openid-connect")
                    .add("protocolMapper", "oidc-usermodel-attribute-mapper")
                    .add("config", Json.createObjectBuilder().add("user.attribute", "agency")
                            .add("claim.name", "agency").add("jsonType.label", "String")
                            .add("access.token.claim", "true")));
        }
        if (audience) {
            mappers.add(Json.createObjectBuilder().add("name", "audience").add("protocol", "openid-connect")
                    .add("protocolMapper", "oidc-audience-mapper")
                    .add("config", Json.createObjectBuilder().add("included.client.audience", "interdict-api")
                            .add("access.token.claim", "true")));
        }
        var attributes = Json.createObjectBuilder();
        if (lifespanSeconds != null) {
            attributes.add("access.token.lifespan", String.valueOf(lifespanSeconds));
        }
        String body = Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("publicClient", true)
                .add("directAccessGrantsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("attributes", attributes)
                .add("protocolMappers", mappers)
                .build().toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(adminUri("/clients"))
                .header("Authorization", "Bearer " + masterAdminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("creating client " + clientId + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return clientId;
    }

    private static URI adminUri(String path) {
        return URI.create(TestEnvironment.keycloak() + "/admin/realms/" + REALM + path);
    }

    private static String token(String realm, String form) {
        URI endpoint = URI.create(TestEnvironment.keycloak() + "/realms/" + realm + "/protocol/openid-connect/token");
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token from realm " + realm + ": HTTP " + response.statusCode() + " " + response.body());
        }
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        return json.getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + request.uri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
