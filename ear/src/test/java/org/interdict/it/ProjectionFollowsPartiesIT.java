package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The search index stays a projection of the database when a party changes: every document that
 * shows the party (its cases, its trade records, its designations) follows a rename, a change of
 * releasability and a deletion.
 */
class ProjectionFollowsPartiesIT extends BlackBoxIT {

    private final Random random = new Random();

    @Test
    void aRenamedPartyIsFoundInEveryDocumentByItsNewNameAndInNoneByItsOldOne() {
        String old = word() + " " + word() + " Trading";
        UUID party = api.party("alice", old, "CN");
        awaitFound("alice", old, Set.of("party"));

        String reference = api.openCase("alice", "Shipments to the armed forces", List.of(party));
        api.investigateAndPropose("alice", reference);
        api.as("dmitri").body(Map.of("outcome", "APPROVED", "rationale", "Customs records and contracts agree."))
                .post("/cases/" + reference + "/decision").then().statusCode(200);
        api.as("carla").body(Map.of()).post("/cases/" + reference + "/publication").then().statusCode(201);
        String batch = importLinesNaming(old);
        awaitFound("alice", old, Set.of("party", "case", "designation", "trade_record"));

        String renamed = word() + " " + word() + " Holdings";
        Response read = api.as("alice").get("/parties/" + party);
        api.as("alice").header("If-Match", read.getHeader("ETag"))
                .body(Map.of("kind", "COMPANY", "primaryName", renamed, "country", "CN")).put("/parties/" + party)
                .then().statusCode(200);
        awaitFound("alice", renamed, Set.of("party", "case", "designation", "trade_record"));
        awaitFound("alice", old, Set.of());

        // Releasing the party changes who finds it; its internal case stays the owner's.
        awaitFound("paula", renamed, Set.of("designation"));
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/parties/" + party + "/releasability").then().statusCode(200);
        awaitFound("paula", renamed, Set.of("party", "designation"));
        api.as("carla").body(Map.of("releasability", "INTERNAL")).put("/parties/" + party + "/releasability").then().statusCode(200);
        awaitFound("paula", renamed, Set.of("designation"));

        // Sharing the import's trade records: the partner finds them, by the party's current name only
        // while the party is released to it too, by the name as written otherwise; the owner by both.
        int shared = api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/imports/" + batch + "/releasability").then().statusCode(200).extract().path("records");
        assertEquals(2, shared);
        awaitFound("paula", old, Set.of("trade_record"));
        awaitFound("paula", renamed, Set.of("designation"));
        awaitFound("alice", renamed, Set.of("party", "case", "designation", "trade_record"));
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/parties/" + party + "/releasability").then().statusCode(200);
        awaitFound("paula", renamed, Set.of("party", "designation", "trade_record"));
        awaitFound("paula", old, Set.of());
        api.as("carla").body(Map.of("releasability", "INTERNAL")).put("/imports/" + batch + "/releasability")
                .then().statusCode(200);
        awaitFound("paula", renamed, Set.of("party", "designation"));
        awaitFound("alice", renamed, Set.of("party", "case", "designation", "trade_record"));
    }

    @Test
    void aDeletedPartyLeavesItsTradeRecordsFoundByTheNameAsWritten() {
        String written = word() + " " + word() + " Components";
        UUID party = api.party("alice", written, "CN");
        awaitFound("alice", written, Set.of("party"));
        importLinesNaming(written);
        awaitFound("alice", written, Set.of("party", "trade_record"));

        String renamed = word() + " " + word() + " Electronics";
        Response read = api.as("alice").get("/parties/" + party);
        api.as("alice").header("If-Match", read.getHeader("ETag"))
                .body(Map.of("kind", "COMPANY", "primaryName", renamed, "country", "CN")).put("/parties/" + party)
                .then().statusCode(200);
        awaitFound("alice", renamed, Set.of("party", "trade_record"));
        awaitFound("alice", written, Set.of());

        read = api.as("alice").get("/parties/" + party);
        api.as("alice").header("If-Match", read.getHeader("ETag")).delete("/parties/" + party).then().statusCode(204);
        awaitFound("alice", renamed, Set.of());
        awaitFound("alice", written, Set.of("trade_record"));
    }

    /** Two declaration lines that name the party as exporter, as the clerk wrote it: the import links them to it. */
    private String importLinesNaming(String exporter) {
        String declaration = "PF" + UUID.randomUUID().toString().substring(0, 8);
        String file = TradeFiles.header()
                + TradeFiles.line(declaration, 1, exporter, "Ordinary Consignee " + word() + " OOO", "854231", "RU")
                + TradeFiles.line(declaration, 2, exporter, "Ordinary Consignee " + word() + " OOO", "854231", "RU");
        String id = api.as("alice").contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post("/imports")
                .then().statusCode(202).extract().path("batch.id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "DONE".equals(api.as("alice").get("/imports/" + id).then().extract().path("batch.status")));
        return id;
    }

    /** Waits until a search for the exact name finds exactly these kinds of record. */
    private void awaitFound(String user, String name, Set<String> types) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> found = api.as(user).queryParam("q", "\"" + name + "\"").queryParam("size", 50).get("/search")
                    .then().statusCode(200).extract().jsonPath().getList("hits.type");
            assertEquals(new TreeSet<>(types), new TreeSet<>(found.stream().map(t -> t.toLowerCase()).toList()),
                    user + " searching \"" + name + "\" found " + found);
        });
    }

    /** A made-up word of letters only, so that no other test's records share it. */
    private String word() {
        StringBuilder word = new StringBuilder();
        word.append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
