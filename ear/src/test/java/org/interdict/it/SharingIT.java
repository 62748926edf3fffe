package org.interdict.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sharing a case with a partner agency, and withdrawing it, as the partner's users see it. */
class SharingIT extends BlackBoxIT {

    @Test
    void partnerGuessingTheReferenceOfAnInternalCaseGetsNotFound() {
        String reference = api.openCase("alice", "Internal only", List.of());
        api.as("paula").get("/cases/" + reference).then().statusCode(404)
                .body("detail", equalTo("There is no case " + reference + "."));
        api.as("paula").get("/cases/ICT-2026-999998").then().statusCode(404)
                .body("detail", equalTo("There is no case ICT-2026-999998."));
    }

    @Test
    void internalCaseNeverAppearsInAPartnersListOrCount() {
        String reference = api.openCase("alice", "Never for partners " + UUID.randomUUID(), List.of());
        long before = api.as("paula").get("/cases?limit=500").then().statusCode(200).extract().jsonPath().getLong("total");
        api.openCase("alice", "Another internal one", List.of());
        api.as("paula").get("/cases?limit=500").then().statusCode(200)
                .body("items.reference", not(hasItem(reference)))
                .body("total", equalTo((int) before));
        api.as(Api.PARTNER_SYSTEM).get("/cases?limit=500").then().statusCode(200).body("items.reference", not(hasItem(reference)));
    }

    @Test
    void sharingShowsTheCaseAndOnlyItsReleasablePartsAndWithdrawingHidesItAgain() {
        UUID subject = api.party("alice", "Shared subject " + UUID.randomUUID(), "HK");
        UUID notSubject = api.party("alice", "Internal party " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", "Drones via Hong Kong, shared", List.of(subject));
        api.as("alice").body(Map.of("text", "Internal working note")).post("/cases/" + reference + "/notes").then().statusCode(201);
        api.investigateAndPropose("alice", reference);

        api.as("alice").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/cases/" + reference + "/releasability").then().statusCode(403);
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("OSI")))
                .put("/cases/" + reference + "/releasability").then().statusCode(422).body("detail", containsString("authority"));
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/cases/" + reference + "/releasability").then().statusCode(200)
                .body("releasability", equalTo("SHARED")).body("sharedWith", equalTo(List.of("PCU")));

        for (String partner : List.of("paula", Api.PARTNER_SYSTEM)) {
            api.as(partner).get("/cases/" + reference).then().statusCode(200)
                    .body("title", equalTo("Drones via Hong Kong, shared"))
                    .body("subjects.id", hasItem(subject.toString()))
                    .body("pendingProposal", nullValue())
                    .body("assignee", nullValue())
                    .body("allowedSteps", equalTo(List.of()));
            api.as(partner).get("/cases?limit=500").then().body("items.reference", hasItem(reference));
            api.as(partner).get("/parties/" + subject).then().statusCode(200);
            api.as(partner).get("/parties/" + notSubject).then().statusCode(404);
            api.as(partner).get("/cases/" + reference + "/notes").then().statusCode(403)
                    .body("detail", containsString("stay within the agency"));
            api.as(partner).get("/cases/" + reference + "/proposals").then().statusCode(403);
            api.as(partner).get("/cases/" + reference + "/audit").then().statusCode(404);
        }
        api.as("olga").get("/cases/" + reference).then().statusCode(404);

        api.as("carla").body(Map.of("releasability", "INTERNAL")).put("/cases/" + reference + "/releasability")
                .then().statusCode(200).body("releasability", equalTo("INTERNAL"));
        api.as("paula").get("/cases/" + reference).then().statusCode(404);
        api.as("paula").get("/parties/" + subject).then().statusCode(404);
        api.as("paula").get("/cases?limit=500").then().body("items.reference", not(hasItem(reference)));

        api.as("erik").get("/cases/" + reference + "/audit").then().statusCode(200)
                .body("action", hasItem("CASE_SHARED"))
                .body("action", hasItem("CASE_WITHDRAWN"))
                .body("find { it.action == 'CASE_SHARED' }.actor", equalTo("carla"))
                .body("find { it.action == 'CASE_SHARED' }.details", containsString("PCU"))
                .body("find { it.action == 'CASE_WITHDRAWN' }.details", containsString("INTERNAL"));
    }
}
