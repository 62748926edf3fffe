package org.interdict.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The auditor's search of the audit trail (GET /api/audit/events): an auditor finds their agency's
 * events by who, what, which record and when, never another agency's; nobody but an auditor may search.
 */
class AuditSearchIT extends BlackBoxIT {

    @Test
    void anAuditorFindsEventsByActorActionRecordAndPeriod() {
        String reference = api.openCase("alice", "Audit search " + UUID.randomUUID(), List.of());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        api.as("erik").queryParam("actor", "alice").queryParam("action", "CASE_OPENED").queryParam("targetId", reference)
                .get("/audit/events").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("alice"))
                .body("items[0].actorAgency", equalTo("ECA"))
                .body("items[0].action", equalTo("CASE_OPENED"))
                .body("items[0].targetType", equalTo("case"))
                .body("items[0].targetId", equalTo(reference));

        api.as("erik").queryParam("targetType", "case").queryParam("targetId", reference).get("/audit/events").then()
                .statusCode(200)
                .body("items.targetId", everyItem(equalTo(reference)))
                .body("items.action", hasItem("CASE_OPENED"));

        api.as("erik").queryParam("actor", "ali*").queryParam("targetId", reference).get("/audit/events").then()
                .statusCode(200).body("total", greaterThanOrEqualTo(1)).body("items.actor", everyItem(equalTo("alice")));

        // Around the day it happened (a day either side, so that midnight UTC between the two calls does not matter).
        api.as("erik").queryParam("targetId", reference).queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.plusDays(1).toString()).get("/audit/events").then()
                .statusCode(200).body("total", greaterThanOrEqualTo(1));
        api.as("erik").queryParam("targetId", reference).queryParam("from", today.plusDays(2).toString())
                .get("/audit/events").then().statusCode(200).body("total", equalTo(0));
        api.as("erik").queryParam("targetId", reference).queryParam("to", today.minusDays(2).toString())
                .get("/audit/events").then().statusCode(200).body("total", equalTo(0));

        api.as("erik").get("/audit/actions").then().statusCode(200).body("$", hasItem("CASE_OPENED"));
    }

    @Test
    void anAuditorNeverSeesAnotherAgencysEvents() {
        String theirs = api.openCase("olga", "OSI audit search " + UUID.randomUUID(), List.of());
        api.as("erik").queryParam("targetId", theirs).get("/audit/events").then().statusCode(200).body("total", equalTo(0));
        api.as("erik").queryParam("actor", "olga").get("/audit/events").then().statusCode(200).body("total", equalTo(0));
        api.as("erik").queryParam("limit", 500).get("/audit/events").then().statusCode(200)
                .body("items.actorAgency", not(hasItem("OSI")))
                .body("items.targetId", not(hasItem(theirs)));
    }

    @Test
    void onlyAuditorsMaySearchTheTrail() {
        for (String user : List.of("alice", "carla", "fiona", "olga", "oscar", "paula")) {
            api.as(user).get("/audit/events").then().statusCode(403);
            api.as(user).get("/audit/actions").then().statusCode(403);
        }
    }

    @Test
    void aQueryThatMeansNothingIsExplained() {
        api.as("erik").queryParam("from", "yesterday").get("/audit/events").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("detail", containsString("YYYY-MM-DD"));
        api.as("erik").queryParam("from", "2026-11-30").queryParam("to", "2026-11-01").get("/audit/events").then()
                .statusCode(422).contentType(containsString("application/problem+json"))
                .body("detail", containsString("before it starts"));
        api.as("erik").queryParam("limit", 0).get("/audit/events").then().statusCode(422);
    }
}
