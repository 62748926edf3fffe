package org.interdict.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What careless clients and hostile callers send: control characters, invisible text, values that
 * only look valid, changes without a version, tokens in addresses, other users' cursors. Each gets a
 * 4xx problem a person understands, and nothing stored changes (the audit chain still verifies).
 */
class HostileInputIT extends BlackBoxIT {

    private static final String PROBLEM = "application/problem+json";

    @AfterEach
    void auditChainStillVerifies() {
        api.as("erik").get("/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void nulCharactersAreRefusedEverywhereAndLeaveNoGapInCaseNumbers() {
        String before = api.openCase("alice", "Before the NUL " + UUID.randomUUID(), List.of());
        long cases = count("/cases?limit=1");
        long parties = count("/parties?limit=1");
        problem(api.as("alice").body(Map.of("title", "Shell\u0000company")).post("/cases").then(), 422, "control characters");
        problem(api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", "Nul\u0000Trading")).post("/parties").then(), 422,
                "control characters");
        problem(api.as("alice").body(Map.of("text", "a\u0000b")).post("/cases/" + before + "/notes").then(), 422, "control characters");
        problem(api.as("alice").body(Map.of("name", "n\u0000", "query", "silva")).post("/saved-searches").then(), 422, "control");
        problem(api.as("paula").body(Map.of("name", "Silva\u0000")).post("/screen").then(), 422, "control characters");
        problem(api.as("alice").body(Map.of("assignee", "bruno\u0000")).put("/cases/" + before + "/assignee").then(), 422, "control");
        problem(api.as("alice").urlEncodingEnabled(false).get("/cases/x%00").then(), 400, "control character");
        problem(api.as("paula").urlEncodingEnabled(false).get("/parties?name=%00").then(), 400, "control character");
        problem(api.as("alice").urlEncodingEnabled(false).contentType("text/csv").body("declaration_number\n")
                .post("/imports?name=%00").then(), 400, "control character");
        assertEquals(cases, count("/cases?limit=1"));
        assertEquals(parties, count("/parties?limit=1"));
        String after = api.openCase("alice", "After the NUL " + UUID.randomUUID(), List.of());
        assertEquals(number(before) + 1, number(after), "refused requests consumed case references: " + before + ", " + after);
    }

    @Test
    void invisibleTextIsBlankAndADecisionNeedsVisibleReasons() {
        problem(api.as("alice").body(Map.of("title", "\u200B\u00A0")).post("/cases").then(), 422, "title");
        UUID party = api.party("alice", "Invisible Reasons Trading " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", "Invisible rationale", List.of(party));
        api.investigateAndPropose("alice", reference);
        for (String blank : List.of("\u200B", "\u00A0\u3000", "\u2060\uFEFF", "\u2800", "\u3164\u115F")) {
            problem(api.as("dmitri").body(Map.of("outcome", "APPROVED", "rationale", blank)).post("/cases/" + reference + "/decision")
                    .then(), 422, "rationale");
        }
        api.as("alice").get("/cases/" + reference).then().statusCode(200).body("status", equalTo("PROPOSED"));
        api.as("alice").get("/cases/" + reference + "/proposals").then().statusCode(200).body("[0].outcome", nullValue());
    }

    @Test
    void anInvisibleReasonIsNoReasonAndAnEvidenceIdIsNoPlaceForMarkup() {
        UUID party = api.party("alice", "Invisible Reason Trading " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", "Invisible reason", List.of(party));
        api.as("alice").post("/cases/" + reference + "/investigation").then().statusCode(200);
        String file = api.attachEvidence("alice", reference, "declarations.txt");
        problem(api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4",
                        "reasons", List.of(Map.of("text", "\u200B\u2060", "evidence", List.of(file)))))
                .post("/cases/" + reference + "/proposal").then(), 422, "Reason 1 has no text");
        problem(api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4", "statementOfReasons", "Reasons.",
                        "evidence", List.of("<script>alert(1)</script>")))
                .post("/cases/" + reference + "/proposal").then(), 422, "is not evidence of case " + reference);
        api.as("alice").get("/cases/" + reference).then().statusCode(200).body("status", equalTo("INVESTIGATING"));
    }

    @Test
    void closingAProposedCaseNeedsReasonsAndWithdrawsItsProposal() {
        UUID party = api.party("alice", "Withdrawn Proposal Trading " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", "Closed while proposed", List.of(party));
        api.investigateAndPropose("alice", reference);
        problem(api.as("carla").body(Map.of()).post("/cases/" + reference + "/closure").then(), 422, "rationale");
        problem(api.as("carla").body(Map.of("rationale", "\u200B")).post("/cases/" + reference + "/closure").then(), 422, "rationale");
        api.as("alice").get("/cases/" + reference).then().statusCode(200).body("status", equalTo("PROPOSED"));
        api.as("carla").body(Map.of("rationale", "The exporter was dissolved; nothing left to designate."))
                .post("/cases/" + reference + "/closure").then().statusCode(200).body("status", equalTo("CLOSED_NO_ACTION"));
        api.as("alice").get("/cases/" + reference + "/proposals").then().statusCode(200)
                .body("[0].outcome", equalTo("WITHDRAWN")).body("[0].decidedBy", equalTo("carla"))
                .body("[0].rationale", containsString("dissolved"));
        api.as("alice").get("/parties/" + party).then().statusCode(200).body("designationStatus", equalTo("NONE"));
        problem(api.as("dmitri").body(Map.of("outcome", "WITHDRAWN", "rationale", "x")).post("/cases/" + reference + "/decision")
                .then(), 422, null);
    }

    @Test
    void aCaseIsAssignedOnlyToAnAnalystOrSupervisorOfItsAgency() {
        String reference = api.openCase("alice", "Assignment " + UUID.randomUUID(), List.of());
        for (String nobody : List.of("erik", "fiona", "paula", "olga", "oscar", "nobody-" + UUID.randomUUID())) {
            problem(api.as("alice").body(Map.of("assignee", nobody)).put("/cases/" + reference + "/assignee").then(), 422,
                    "analyst or supervisor of agency ECA");
        }
        problem(api.as("alice").body(Map.of("title", "Reassigned", "assignee", "erik")).put("/cases/" + reference).then(), 422,
                "analyst or supervisor");
        problem(api.as("alice").body(Map.of("title", "Born assigned", "assignee", "paula")).post("/cases").then(), 422,
                "analyst or supervisor");
        api.as("alice").get("/cases/" + reference).then().statusCode(200).body("assignee", equalTo("alice"));
        api.as("alice").body(Map.of("assignee", "BRUNO")).put("/cases/" + reference + "/assignee").then().statusCode(200)
                .body("assignee", equalTo("bruno"));
        api.as("bruno").get("/cases/queue?limit=500").then().statusCode(200).body("items.reference", org.hamcrest.Matchers.hasItem(reference));
        api.as("erik").get("/cases/queue").then().statusCode(200).body("items.reference", not(org.hamcrest.Matchers.hasItem(reference)));
    }

    @Test
    void aClosedCaseTakesNoEditsNotesOrAssignments() {
        String reference = api.openCase("alice", "Closed case " + UUID.randomUUID(), List.of());
        api.as("carla").body(Map.of("rationale", "Opened by mistake.")).post("/cases/" + reference + "/closure").then().statusCode(200);
        problem(api.as("carla").body(Map.of("title", "Edited after closing")).put("/cases/" + reference).then(), 409, "no longer change");
        problem(api.as("alice").body(Map.of("text", "A note after closing")).post("/cases/" + reference + "/notes").then(), 409,
                "takes no more notes");
        problem(api.as("carla").body(Map.of("assignee", "bruno")).put("/cases/" + reference + "/assignee").then(), 409, "no longer change");
        api.as("alice").get("/cases/" + reference).then().body("title", containsString("Closed case"));
        api.as("alice").get("/cases/" + reference + "/notes").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aChangeWithoutTheVersionItWasMadeFromIsRefusedWith428() {
        UUID party = api.party("alice", "Versionless Trading " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", "Versionless", List.of());
        Response opened = api.as("alice").get("/cases/" + reference);
        for (var change : List.of(
                api.bare("alice").body(Map.of("title", "Blind overwrite")).put("/cases/" + reference),
                api.bare("alice").header("If-Match", "*").body(Map.of("title", "Blind overwrite")).put("/cases/" + reference),
                api.bare("alice").body(Map.of("assignee", "bruno")).put("/cases/" + reference + "/assignee"),
                api.bare("alice").put("/cases/" + reference + "/subjects/" + party),
                api.bare("alice").post("/cases/" + reference + "/investigation"),
                api.bare("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU"))).put("/cases/" + reference + "/releasability"),
                api.bare("alice").body(Map.of("kind", "COMPANY", "primaryName", "Blind")).put("/parties/" + party),
                api.bare("carla").body(Map.of("releasability", "INTERNAL")).put("/parties/" + party + "/releasability"),
                api.bare("alice").delete("/parties/" + party))) {
            problem(change.then(), 428, "If-Match");
        }
        api.as("alice").get("/cases/" + reference).then().body("version", equalTo(opened.jsonPath().getInt("version")))
                .body("title", equalTo("Versionless")).body("status", equalTo("OPEN"));
        api.as("alice").get("/parties/" + party).then().statusCode(200);
        // A record the caller may not see stays hidden, with or without a version.
        api.bare("olga").body(Map.of("title", "x")).put("/cases/" + reference).then().statusCode(404);
    }

    @Test
    void anAccessTokenInTheAddressIsRefused() {
        String token = Keycloak.userToken("alice");
        Response answer = RestAssured.given().get(root() + "/api/me?access_token=" + token);
        assertNotEquals(200, answer.statusCode(), "a token in the URL was accepted");
        answer.then().contentType(containsString(PROBLEM));
    }

    @Test
    void unauthenticatedAnswersAreProblemsAndCarrySecurityHeaders() {
        RestAssured.given().get(root() + "/api/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType(containsString(PROBLEM)).body("status", equalTo(401)).body("detail", containsString("Authorization"));
        api.as("alice").get("/me").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        Response page = RestAssured.given().redirects().follow(false).get(root() + "/");
        page.then().header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        for (String cookie : page.headers().getValues("Set-Cookie")) {
            if (cookie.startsWith("JSESSIONID")) {
                assertTrue(cookie.contains("HttpOnly"), cookie);
                assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
            }
        }
    }

    @Test
    void aCursorServesOnlyTheUserItWasIssuedTo() {
        String word = "cursorword" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        for (int i = 0; i < 3; i++) {
            api.party("alice", "Cursor " + word + " Trading " + i, "CN");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                api.as("alice").queryParam("q", word).get("/search").then().extract().jsonPath().getLong("total") == 3);
        String cursor = api.as("alice").queryParam("q", word).queryParam("size", 1).get("/search").then().statusCode(200)
                .extract().jsonPath().getString("cursor");
        problem(api.as("bruno").queryParam("q", word).queryParam("size", 1).queryParam("cursor", cursor).get("/search").then(), 422,
                "cursor");
        problem(api.as("alice").queryParam("q", word).queryParam("size", 1).queryParam("cursor", "eyJwaXQiOiJ4In0").get("/search").then(),
                422, "cursor");
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("A") ? "BB" : "AA");
        problem(api.as("alice").queryParam("q", word).queryParam("size", 1).queryParam("cursor", tampered).get("/search").then(),
                422, "cursor");
        api.as("alice").queryParam("q", word).queryParam("size", 1).queryParam("cursor", cursor).get("/search").then()
                .statusCode(200).body("hits.size()", equalTo(1));
    }

    @Test
    void parametersOfTheWrongTypeOrRangeAreExplained() {
        UUID party = api.party("alice", "Parameter Trading " + UUID.randomUUID(), "CN");
        problem(api.as("alice").get("/search?q=x&size=ten").then(), 400, "size");
        problem(api.as("alice").get("/cases?limit=many").then(), 400, "limit");
        problem(api.as("alice").get("/cases?subject=someone").then(), 400, "subject");
        problem(api.as("alice").get("/parties/" + party + "/trade-network?depth=deep").then(), 400, "depth");
        problem(api.as("alice").get("/cases?limit=-1").then(), 422, "limit");
        problem(api.as("alice").get("/cases?offset=-5").then(), 422, "offset");
        problem(api.as("alice").get("/parties?limit=100000").then(), 422, "limit");
        problem(api.as("alice").get("/search?q=status:bogus").then(), 422, "status");
        problem(api.as("alice").get("/search?q=tier:9").then(), 422, "tier");
        problem(api.as("alice").get("/search?q=country:ZZ").then(), 422, "country");
        problem(api.as("alice").body(Map.of("name", "Silva", "threshold", "0.8")).post("/screen").then(), 400, "threshold");
        problem(api.as("alice").body("{\"title\": 12345}").post("/cases").then(), 400, "title");
    }

    @Test
    void valuesThatOnlyLookValidAreRefused() {
        long parties = count("/parties?limit=1");
        problem(api.as("alice").body("{\"kind\":\"COMPANY\",\"primaryName\":\"Broken \\uD800 name\"}").post("/parties").then(), 422,
                "Unicode");
        problem(api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", "Evil \u202Eexe.pdf Trading")).post("/parties").then(), 422,
                "reorder");
        problem(api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", "Scripted", "website", "javascript:alert(1)"))
                .post("/parties").then(), 422, "http");
        problem(api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", "Nowhere Ltd", "country", "ZZ")).post("/parties").then(),
                422, "ISO 3166");
        problem(api.as("alice").body(Map.of("title", "Old case", "dueDate", "1900-01-01")).post("/cases").then(), 422, "due date");
        assertEquals(parties, count("/parties?limit=1"));
        api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", "Plain Site Trading", "website", "plain-site.example"))
                .post("/parties").then().statusCode(201).body("website", equalTo("https://plain-site.example"));
        problem(api.as("alice").contentType("text/csv").queryParam("name", "march.csv\r\nX-Injected: 1")
                .body(TradeFiles.header().getBytes(StandardCharsets.UTF_8)).post("/imports").then(), 400, "control character");
        Response imported = api.as("alice").contentType("text/csv").queryParam("name", "../../etc/passwd")
                .body(TradeFiles.header().getBytes(StandardCharsets.UTF_8)).post("/imports");
        imported.then().statusCode(202);
        assertEquals("passwd", imported.jsonPath().getString("batch.fileName"));
    }

    @Test
    void highlightsEscapeStoredMarkup() {
        String word = "markup" + UUID.randomUUID().toString().substring(0, 8);
        api.party("alice", word + " <img src=x onerror=alert(1)> Trading", "CN");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String highlights = api.as("alice").queryParam("q", word).get("/search").then().statusCode(200)
                    .extract().jsonPath().getString("hits[0].highlights");
            assertTrue(highlights != null && highlights.contains("&lt;img"), "highlights: " + highlights);
            assertFalse(highlights.contains("<img"), "highlights: " + highlights);
        });
    }

    @Test
    void aPartnerSeesNeitherWhoRecordedASharedPartyNorHowItIsReleased() {
        UUID party = api.party("alice", "Shared Through Case Trading " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", "Shared with PCU", List.of(party));
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU"))).put("/cases/" + reference + "/releasability")
                .then().statusCode(200);
        api.as("paula").get("/parties/" + party).then().statusCode(200)
                .body("createdBy", nullValue()).body("releasability", nullValue()).body("sharedWith.size()", equalTo(0));
        api.as("alice").get("/parties/" + party).then().statusCode(200).body("createdBy", equalTo("alice"))
                .body("releasability", equalTo("INTERNAL"));
    }

    @Test
    void aDesignationTakesEffectOnADatePeopleMean() {
        UUID party = api.party("alice", "Effective Date Trading " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", "Effective date", List.of(party));
        api.investigateAndPropose("alice", reference);
        api.as("dmitri").body(Map.of("outcome", "APPROVED", "rationale", "The shipments are documented."))
                .post("/cases/" + reference + "/decision").then().statusCode(200);
        problem(api.as("carla").body(Map.of("effectiveDate", "1900-01-01")).post("/cases/" + reference + "/publication").then(), 422,
                "effective date");
        api.as("alice").get("/cases/" + reference).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void malformedHeadersAndStrictJsonAreRefusedInWords() {
        problem(api.as("alice").header("Accept", "application/json;q=x").get("/me").then(), 400, "Accept");
        problem(api.as("alice").contentType("application/json;q=").body("{\"name\":\"Silva\"}").post("/screen").then(), 400,
                "Content-Type");
        problem(api.as("alice").contentType("a/b/c").body("{}".getBytes(StandardCharsets.UTF_8)).post("/screen").then(), 400,
                "Content-Type");
        problem(api.as("alice").body("{\"name\":\"Silva\",\"name\":\"Other\"}").post("/screen").then(), 400, "name");
        problem(api.as("alice").get("/notifications?unread=maybe").then(), 400, "unread");
        problem(api.as("alice").urlEncodingEnabled(false).get("/search?q=%FF%FE").then(), 400, "UTF-8");
        String reference = api.openCase("alice", "Weak tag", List.of());
        problem(api.bare("alice").header("If-Match", "W/\"0\"").body(Map.of("title", "x")).put("/cases/" + reference).then(), 400,
                "If-Match");
        problem(api.bare("alice").header("If-Match", "\"0").body(Map.of("title", "x")).put("/cases/" + reference).then(), 400,
                "If-Match");
        problem(api.as("alice").body(Map.of("title", "Edited", "subjects", List.of())).put("/cases/" + reference).then(), 422,
                "subjects");
    }

    @Test
    void aCursorServesOnlyTheSearchItWasIssuedFor() {
        String word = "cursorquery" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            api.party("alice", "Query " + word + " Trading " + i, "CN");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                api.as("alice").queryParam("q", word).get("/search").then().extract().jsonPath().getLong("total") == 3);
        String cursor = api.as("alice").queryParam("q", word).queryParam("size", 1).get("/search").then().statusCode(200)
                .extract().jsonPath().getString("cursor");
        problem(api.as("alice").queryParam("q", "helmets").queryParam("size", 1).queryParam("cursor", cursor).get("/search").then(),
                422, "cursor");
        api.as("alice").queryParam("q", word).queryParam("size", 1).queryParam("cursor", cursor).get("/search").then()
                .statusCode(200).body("hits.size()", equalTo(1));
    }

    private void problem(ValidatableResponse response, int status, String detail) {
        response.statusCode(status).contentType(containsString(PROBLEM)).body("status", equalTo(status)).body("detail", notNullValue());
        if (detail != null) {
            response.body("detail", containsString(detail));
        }
        String body = response.extract().asString();
        assertFalse(body.contains("Exception") || body.toLowerCase().contains("insert into") || body.length() > 2000, body);
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    private long count(String path) {
        return api.as("alice").get(path).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static long number(String reference) {
        return Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
    }
}
