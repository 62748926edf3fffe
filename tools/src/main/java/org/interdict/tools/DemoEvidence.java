package org.interdict.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;
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
        for (JsonNode c : JSON.readTree(Rest.call(http, token, "GET", api + "/cases?limit=100", null)).path("items")) {
            String reference = c.path("reference").asText();
            for (JsonNode subject : c.path("subjects")) {
                HttpResponse<String> answer = Rest.send(http, token, "POST", api + "/cases/" + reference + "/trade-records/flagged-of/"
                        + subject.path("id").asText(), null);
                if (answer.statusCode() == 409) {
                    // A closed or designated case keeps its evidence as it was decided on.
                    break;
                }
                JsonNode linked = JSON.readTree(Rest.checked(answer, "POST flagged shipments of case " + reference));
                if (linked.path("linked").asInt() > 0) {
                    System.out.printf("Linked %d flagged shipments of %s to case %s as evidence%n", linked.path("linked").asInt(),
                            subject.path("primaryName").asText(), reference);
                }
            }
        }
    }
}
