package org.interdict.tools;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the benchmarks share to talk to Elasticsearch and Keycloak directly: requests as the user in
 * INTERDICT_ELASTICSEARCH_USER/_PASSWORD (./interdict sets them), a status check, and a token from the
 * realm's token endpoint.
 */
final class ElasticsearchHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ElasticsearchHttp() {
    }

    /** A request to Elasticsearch, with basic authentication when a user is set. */
    static HttpRequest.Builder elasticsearch(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        String user = System.getenv("INTERDICT_ELASTICSEARCH_USER");
        if (user != null && !user.isBlank()) {
            String password = System.getenv().getOrDefault("INTERDICT_ELASTICSEARCH_PASSWORD", "");
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    /** Calls Elasticsearch and answers the body, refusing any status but the expected one. */
    static String send(String method, String url, String body, int expected) throws Exception {
        HttpRequest.Builder request = elasticsearch(url).header("Content-Type",
                url.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        check(response, expected, method + " " + url);
        return response.body();
    }

    static void check(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** An access token of realm interdict for the given form (grant type, client, credentials). */
    static String token(String keycloak, String form, String what) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                + "/realms/interdict/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        check(response, 200, what);
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
