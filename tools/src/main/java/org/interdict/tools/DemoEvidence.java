package org.interdict.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The demo's trade records as evidence: once its customs lines are imported (after the demo story, which
 * runs when the application first starts), every case still being worked on gets its subjects' flagged
 * shipments linked, as an analyst would, so that a supervisor sees the declarations beside the files. A
 * closed or designated case refuses new evidence (409) and keeps what it was decided on.
 */
final class DemoEvidence {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoEvidence() {
    }

    static void linkFlaggedShipments(String api, String keycloak, String user, String password) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = Operator.userToken(http, keycloak, user, password);
        for (JsonNode c : JSON.readTree(call(http, token, "GET", api + "/cases?limit=100")).path("items")) {
            String reference = c.path("reference").asText();
            for (JsonNode subject : c.path("subjects")) {
                HttpResponse<String> answer = send(http, token, "POST", api + "/cases/" + reference + "/trade-records/flagged-of/"
                        + subject.path("id").asText());
                if (answer.statusCode() == 409) {
                    // A closed or designated case keeps its evidence as it was decided on.
                    break;
                }
                JsonNode linked = JSON.readTree(checked(answer, "POST", reference));
                if (linked.path("linked").asInt() > 0) {
                    System.out.printf("Linked %d flagged shipments of %s to case %s as evidence%n", linked.path("linked").asInt(),
                            subject.path("primaryName").asText(), reference);
                }
            }
        }
    }

    private static String call(HttpClient http, String token, String method, String url) throws Exception {
        return checked(send(http, token, method, url), method, url);
    }

    private static HttpResponse<String> send(HttpClient http, String token, String method, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String checked(HttpResponse<String> response, String method, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
