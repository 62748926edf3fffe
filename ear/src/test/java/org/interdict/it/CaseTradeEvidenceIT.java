package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Trade records as evidence of a case, end to end: an import with flagged and unflagged shipments of a
 * party, all its flagged shipments linked at once (idempotently), shown in the case's evidence list with
 * tier, value and declaration beside a file, one unlinked; another agency neither sees nor links, and a
 * record of another agency cannot be linked.
 */
class CaseTradeEvidenceIT extends BlackBoxIT {

    @Test
    void aPartysFlaggedShipmentsBecomeEvidenceOfTheCase() {
        String name = "Evidence trade " + UUID.randomUUID();
        UUID party = api.party("alice", name, "CN");
        SearchIndexProbe.awaitSearchable(party.toString(), null);
        String declaration = "EV-" + UUID.randomUUID();
        importAndWait("alice", TradeFiles.header()
                + TradeFiles.line(declaration, 1, name, "Consignee " + UUID.randomUUID(), "854231", "RU")
                + TradeFiles.line(declaration, 2, "Someone " + UUID.randomUUID(), name, "854231", "RU")
                + TradeFiles.line(declaration, 3, name, "Consignee " + UUID.randomUUID(), "854231", "DE"));
        String reference = api.openCase("alice", name, List.of(party));
        api.as("alice").contentType("application/octet-stream").queryParam("name", "invoice.pdf")
                .body(EvidenceIT.pdf(name)).post("/cases/" + reference + "/evidence").then().statusCode(201);

        Response linked = api.as("alice").post("/cases/" + reference + "/trade-records/flagged-of/" + party);
        linked.then().statusCode(200);
        assertEquals(2, linked.jsonPath().getInt("requested"), "the flagged shipments it exported and received, not the one to DE");
        assertEquals(2, linked.jsonPath().getInt("linked"));
        List<String> ids = linked.jsonPath().getList("newlyLinked");

        Response again = api.as("carla").post("/cases/" + reference + "/trade-records/flagged-of/" + party);
        again.then().statusCode(200);
        assertEquals(2, again.jsonPath().getInt("requested"));
        assertEquals(0, again.jsonPath().getInt("linked"), "linking twice does nothing the second time");
        assertEquals(0, api.as("alice").body(Map.of("tradeRecords", ids)).post("/cases/" + reference + "/trade-records")
                .then().statusCode(200).extract().jsonPath().getInt("linked"));

        List<Map<String, Object>> items = evidence("alice", reference);
        assertEquals(3, items.size());
        assertEquals("FILE", items.get(0).get("kind"));
        assertEquals("invoice.pdf", items.get(0).get("name"));
        List<Map<String, Object>> trades = items.stream().filter(i -> "TRADE_RECORD".equals(i.get("kind"))).toList();
        assertEquals(2, trades.size());
        for (Map<String, Object> trade : trades) {
            assertTrue(ids.contains(String.valueOf(trade.get("id"))));
            assertEquals(declaration, trade.get("declarationNumber"));
            assertEquals(reference, trade.get("caseReference"));
            assertEquals("854231", trade.get("hsCode"));
            assertEquals("2024-03-01", trade.get("declarationDate"));
            assertEquals(true, trade.get("flagged"));
            assertTrue(trade.get("chpTier") != null, "the CHP tier is shown");
            assertEquals(1000.0, ((Number) trade.get("value")).doubleValue(), 0.001);
            assertEquals("USD", trade.get("currency"));
            assertEquals(1000.0, ((Number) trade.get("valueUsd")).doubleValue(), 0.001);
            assertEquals("alice", trade.get("addedBy"));
        }
        assertEquals(List.of(1, 2), trades.stream().map(t -> ((Number) t.get("lineNumber")).intValue()).sorted().toList());
        assertTrue(trades.stream().anyMatch(t -> name.equals(t.get("exporterName"))));
        assertTrue(trades.stream().anyMatch(t -> name.equals(t.get("consigneeName"))));

        String unlinked = ids.get(0);
        api.as("alice").delete("/cases/" + reference + "/trade-records/" + unlinked).then().statusCode(204);
        api.as("alice").delete("/cases/" + reference + "/trade-records/" + unlinked).then().statusCode(204);
        List<Map<String, Object>> after = evidence("alice", reference);
        assertEquals(2, after.size());
        assertFalse(after.stream().anyMatch(i -> unlinked.equals(i.get("id"))));

        // The case's audit trail tells the story.
        List<String> actions = api.as("erik").get("/cases/" + reference + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertEquals(1, actions.stream().filter("TRADE_RECORDS_LINKED"::equals).count(), "linking twice is audited once: " + actions);
        assertEquals(1, actions.stream().filter("TRADE_RECORD_UNLINKED"::equals).count(), "unlinking twice is audited once: " + actions);

        // Another agency neither sees the case's evidence nor links to it.
        api.as("olga").get("/cases/" + reference + "/evidence").then().statusCode(404);
        api.as("olga").body(Map.of("tradeRecords", ids)).post("/cases/" + reference + "/trade-records").then().statusCode(404);
        api.as("olga").delete("/cases/" + reference + "/trade-records/" + ids.get(1)).then().statusCode(404);
        // A partner of a case that is not released to it: as if it did not exist.
        api.as("paula").get("/cases/" + reference + "/evidence").then().statusCode(404);
        // An auditor reads, but does not link.
        api.as("erik").body(Map.of("tradeRecords", ids)).post("/cases/" + reference + "/trade-records").then().statusCode(403);
    }

    @Test
    void aRecordOfAnotherAgencyIsRefusedLikeAnUnknownOne() {
        String theirs = "Evidence other " + UUID.randomUUID();
        UUID theirParty = api.party("olga", theirs, "CN");
        SearchIndexProbe.awaitSearchable(theirParty.toString(), null);
        importAndWait("olga", TradeFiles.header() + TradeFiles.line("EVO-" + UUID.randomUUID(), 1, theirs, "Consignee "
                + UUID.randomUUID(), "854231", "RU"));
        String theirCase = api.openCase("olga", theirs, List.of(theirParty));
        List<String> theirIds = api.as("olga").post("/cases/" + theirCase + "/trade-records/flagged-of/" + theirParty)
                .then().statusCode(200).extract().jsonPath().getList("newlyLinked");
        assertEquals(1, theirIds.size());

        String ours = "Evidence ours " + UUID.randomUUID();
        UUID ourParty = api.party("alice", ours, "CN");
        String reference = api.openCase("alice", ours, List.of(ourParty));
        Response foreign = api.as("alice").body(Map.of("tradeRecords", theirIds)).post("/cases/" + reference + "/trade-records");
        foreign.then().statusCode(422).contentType("application/problem+json");
        String unknownId = UUID.randomUUID().toString();
        Response unknown = api.as("alice").body(Map.of("tradeRecords", List.of(unknownId)))
                .post("/cases/" + reference + "/trade-records");
        unknown.then().statusCode(422).contentType("application/problem+json");
        assertEquals(unknown.jsonPath().getString("detail").replace(unknownId, "?"),
                foreign.jsonPath().getString("detail").replace(theirIds.get(0), "?"), "the same words: nothing is revealed");
        assertFalse(foreign.jsonPath().getString("detail").contains("OSI"));

        // Another agency's party: its flagged shipments are not linked either.
        api.as("alice").post("/cases/" + reference + "/trade-records/flagged-of/" + theirParty).then().statusCode(422);
        assertEquals(List.of(), evidence("alice", reference));

        // More than 1,000 ids in one request.
        List<String> many = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> UUID.randomUUID().toString()).toList();
        api.as("alice").body(Map.of("tradeRecords", many)).post("/cases/" + reference + "/trade-records").then().statusCode(422);
    }

    private List<Map<String, Object>> evidence(String user, String reference) {
        return api.as(user).get("/cases/" + reference + "/evidence").then().statusCode(200).extract().jsonPath().getList("");
    }

    private void importAndWait(String user, String csv) {
        String batch = api.as(user).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/imports")
                .then().statusCode(202).extract().path("batch.id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "DONE".equals(api.as(user).get("/imports/" + batch).then().statusCode(200).extract().path("batch.status")));
    }
}
