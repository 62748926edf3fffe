package org.interdict.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The designation workflow through the REST API with real tokens: who may take which step, four
 * eyes, versions, and what a published designation looks like to partners.
 */
class CaseWorkflowIT extends BlackBoxIT {

    @Test
    void analystOpensLinksProposesAndOnlyAnotherSupervisorMayApproveAndPublish() {
        String unique = UUID.randomUUID().toString();
        UUID party = api.party("alice", "Wuhan Global Sensor Technology Co., Ltd. " + unique, "CN");
        Response opened = api.as("dmitri").body(Map.of("title", "Thermal imagers via Hong Kong", "priority", "HIGH"))
                .post("/cases");
        opened.then().statusCode(201).header("Location", containsString("/api/cases/ICT-"));
        String reference = opened.path("reference");

        Response linked = api.as("dmitri").header("If-Match", opened.getHeader("ETag"))
                .put("/cases/" + reference + "/subjects/" + party);
        linked.then().statusCode(200).body("subjects.id", hasItem(party.toString()));
        assertEquals(Api.version(opened) + 1, Api.version(linked));

        api.investigateAndPropose("dmitri", reference);

        api.as("dmitri").body(Map.of("outcome", "APPROVED", "rationale", "I am sure."))
                .post("/cases/" + reference + "/decision")
                .then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("another supervisor must decide it (four-eyes rule)"));
        api.as("alice").body(Map.of("outcome", "APPROVED", "rationale", "Fine by me."))
                .post("/cases/" + reference + "/decision")
                .then().statusCode(403).body("detail", containsString("Only supervisors"));

        api.as("carla").body(Map.of("outcome", "APPROVED", "rationale", "Shipments and contract evidence hold."))
                .post("/cases/" + reference + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        api.as("carla").body(Map.of("effectiveDate", "2026-12-01"))
                .post("/cases/" + reference + "/publication")
                .then().statusCode(201).body("[0].partyId", equalTo(party.toString()))
                .body("[0].effectiveDate", equalTo("2026-12-01"));

        api.as("carla").get("/cases/" + reference).then().statusCode(200).body("status", equalTo("DESIGNATED"))
                .body("allowedSteps", equalTo(List.of()));
        api.as("alice").get("/parties/" + party).then().body("designationStatus", equalTo("DESIGNATED"));

        // The published list's filters: by a fragment of the name, the measure and the effective period.
        String fragment = "global sensor technology co., ltd. " + unique.substring(0, 8);
        api.as("paula").queryParam("text", fragment.toUpperCase()).queryParam("measure", "ASSET_FREEZE")
                .queryParam("effectiveFrom", "2026-12-01").queryParam("effectiveTo", "2026-12-01").get("/designations")
                .then().statusCode(200).body("items.partyId", equalTo(List.of(party.toString())));
        api.as("paula").queryParam("text", fragment).queryParam("measure", "TRAVEL_BAN").get("/designations")
                .then().statusCode(200).body("items", equalTo(List.of()));
        api.as("paula").queryParam("effectiveFrom", "2026-12-02").queryParam("effectiveTo", "2026-12-01").get("/designations")
                .then().statusCode(422).contentType(containsString("application/problem+json"));
        api.as("paula").queryParam("effectiveFrom", "01.12.2026").get("/designations")
                .then().statusCode(400).contentType(containsString("application/problem+json"));

        String csv = api.as("paula").accept("text/csv").get("/designations/export.csv")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.lines().anyMatch(line -> line.contains(party.toString()) && line.contains("ASSET_FREEZE")
                && line.contains("2026-12-01")), csv);
        String ftm = api.as("paula").accept("application/x-ndjson")
                .get("/designations/export.ftm.json").then().statusCode(200).extract().asString();
        assertTrue(ftm.lines().anyMatch(line -> line.contains("\"id\":\"interdict-party-" + party + "\"")
                && line.contains("\"schema\":\"Company\"")), ftm);
        assertTrue(ftm.lines().anyMatch(line -> line.contains("\"schema\":\"Sanction\"")
                && line.contains("\"entity\":[\"interdict-party-" + party + "\"]")
                && line.contains("\"startDate\":[\"2026-12-01\"]")), ftm);

        api.as("erik").get("/cases/" + reference + "/audit").then().statusCode(200)
                .body("action", hasItems("CASE_OPENED", "SUBJECT_ADDED", "CASE_START_INVESTIGATION", "PROPOSAL_MADE",
                        "CASE_PROPOSE", "PROPOSAL_APPROVED", "CASE_APPROVE", "CASE_PUBLISH"))
                .body("find { it.action == 'PROPOSAL_APPROVED' }.actor", equalTo("carla"))
                .body("find { it.action == 'PROPOSAL_APPROVED' }.details", containsString("Shipments and contract evidence hold."));
    }

    @Test
    void editFromAnOutdatedVersionIsRefusedWithTheCurrentVersion() {
        String reference = api.openCase("alice", "Drones through a Hong Kong intermediary", List.of());
        Response first = api.as("alice").header("If-Match", "\"0\"")
                .body(Map.of("title", "Drones through a Hong Kong intermediary (iFlight)", "priority", "CRITICAL"))
                .put("/cases/" + reference);
        first.then().statusCode(200);

        api.as("bruno").header("If-Match", "\"0\"").body(Map.of("title", "Overwritten"))
                .put("/cases/" + reference)
                .then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("currentVersion", equalTo((int) Api.version(first)))
                .body("detail", containsString("changed by someone else"));
        api.as("alice").get("/cases/" + reference).then().body("title", equalTo("Drones through a Hong Kong intermediary (iFlight)"));
    }

    @Test
    void aDecisionNeedsARationaleAndAProposalASubject() {
        String empty = api.openCase("alice", "No subject yet", List.of());
        api.as("alice").post("/cases/" + empty + "/investigation").then().statusCode(200);
        String file = api.attachEvidence("alice", empty, "declarations.txt");
        api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 2", "statementOfReasons", "Reasons.",
                        "evidence", List.of(file)))
                .post("/cases/" + empty + "/proposal")
                .then().statusCode(422).body("detail", containsString("at least one subject"));

        String reference = api.openCase("alice", "Helmets from Shanghai", List.of(api.party("alice", "Shanghai H Win " + UUID.randomUUID(), "CN")));
        api.investigateAndPropose("alice", reference);
        api.as("carla").body(Map.of("outcome", "REJECTED", "rationale", "   "))
                .post("/cases/" + reference + "/decision")
                .then().statusCode(400).body("errors.field", hasItem("rationale"));
        api.as("carla").get("/cases/" + reference).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void returnedCaseGoesBackToInvestigationAndRejectedOneToClosed() {
        String reference = api.openCase("bruno", "Ceramics for armour plates", List.of(api.party("bruno", "Ceramic Works " + UUID.randomUUID(), "CN")));
        api.investigateAndPropose("bruno", reference);
        api.as("carla").body(Map.of("outcome", "RETURNED", "rationale", "Show the contract first."))
                .post("/cases/" + reference + "/decision").then().statusCode(200).body("status", equalTo("RETURNED"));
        api.as("bruno").post("/cases/" + reference + "/resumption").then().statusCode(200).body("status", equalTo("INVESTIGATING"));
        String contract = api.attachEvidence("bruno", reference, "contract.txt");
        api.as("bruno").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 3", "statementOfReasons", "Contract attached.",
                        "evidence", List.of(contract)))
                .post("/cases/" + reference + "/proposal").then().statusCode(200);
        api.as("dmitri").body(Map.of("outcome", "REJECTED", "rationale", "The contract names another buyer."))
                .post("/cases/" + reference + "/decision").then().statusCode(200).body("status", equalTo("REJECTED"));
        api.as("bruno").post("/cases/" + reference + "/closure").then().statusCode(403);
        api.as("carla").post("/cases/" + reference + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        api.as("carla").get("/cases/" + reference + "/proposals").then()
                .body("outcome", equalTo(List.of("RETURNED", "REJECTED")))
                .body("decidedBy", equalTo(List.of("carla", "dmitri")));
    }

    @Test
    void otherAgenciesAndPartnersDoNotSeeTheCaseAtAll() {
        String reference = api.openCase("alice", "Internal to ECA", List.of());
        api.as("olga").get("/cases/" + reference).then().statusCode(404);
        api.as("paula").get("/cases/" + reference).then().statusCode(404);
        api.as("fiona").get("/cases/" + reference).then().statusCode(404);
        api.as("olga").post("/cases/" + reference + "/investigation").then().statusCode(404);
        api.as("paula").get("/cases?limit=500").then().statusCode(200).body("items.reference", not(hasItem(reference)));
        api.as("olga").get("/cases").then().statusCode(200).body("items.reference", not(hasItem(reference)));
        api.as("erik").get("/cases/" + reference).then().statusCode(200);
        api.as("erik").post("/cases/" + reference + "/investigation").then().statusCode(403);
    }

    @Test
    void queuesShowAnAnalystsCasesAndWhatASupervisorMayDecide() {
        String mine = api.openCase("bruno", "Bruno's queue item", List.of(api.party("bruno", "Queue Party " + UUID.randomUUID(), "HK")));
        api.as("bruno").get("/cases/queue?limit=500").then().statusCode(200).body("items.reference", hasItem(mine));
        api.investigateAndPropose("bruno", mine);
        api.as("carla").get("/cases/awaiting-decision?limit=500").then().statusCode(200).body("items.reference", hasItem(mine));
        String dmitrisOwn = api.openCase("dmitri", "Dmitri's proposal", List.of(api.party("dmitri", "Own Party " + UUID.randomUUID(), "RU")));
        api.investigateAndPropose("dmitri", dmitrisOwn);
        api.as("dmitri").get("/cases/awaiting-decision?limit=500").then().statusCode(200)
                .body("items.reference", hasItem(mine)).body("items.reference", not(hasItem(dmitrisOwn)));
        api.as("alice").get("/cases/awaiting-decision").then().statusCode(403);
        api.as("alice").get("/cases?status=PROPOSED&sort=-reference&limit=500").then().statusCode(200)
                .body("items.status", not(hasItem("OPEN")));
    }
}
