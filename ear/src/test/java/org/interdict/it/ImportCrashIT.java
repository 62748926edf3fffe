package org.interdict.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The application server killed with {@code kill -9} in the middle of an import, started again, and
 * the same file imported again: every line is stored exactly once, and every name has one party.
 *
 * <p>The server is the test instance's WildFly that Arquillian started; it is found by its base
 * directory, killed, and started again through the launcher (which boots it with the deployment its
 * configuration holds), so the test classes after this one talk to the new process.
 */
class ImportCrashIT extends BlackBoxIT {

    private static final int LINES = 60_000;
    private static final int EXPORTERS = 50;
    private static final int CONSIGNEES = 20;

    @Test
    void aServerKilledMidImportAndTheImportRunAgainGivesTheExactCount() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = file(run);

        String first = start(file);
        // Kill it once some chunks are stored and well before the end.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() ->
                number(progress(first), "stored") >= 5_000);
        TestEnvironment.killWildfly();
        long before = stored(run);
        assertTrue(before >= 5_000 && before < LINES, "killed in the middle: " + before + " of " + LINES + " lines stored");

        TestEnvironment.restartWildfly();

        String second = start(file);
        Map<String, Object> done = await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500))
                .until(() -> progress(second), b -> !"RUNNING".equals(b.get("status")));
        assertEquals("DONE", done.get("status"), done.toString());
        assertEquals(LINES, number(done, "linesRead"));
        assertEquals(LINES - before, number(done, "stored"), done.toString());
        assertEquals(before, number(done, "duplicates"), done.toString());
        assertEquals(LINES, stored(run), "every line of the file stored exactly once");
        assertEquals(List.of(0L, (long) EXPORTERS, (long) CONSIGNEES), links(run),
                "every record linked, one party per name although the first import created some of them");
        // And every one of them reaches the index, once, through the outbox that survived the crash.
        String count = TestEnvironment.elasticsearchUrl() + "/interdict-trade-records/_count";
        Map<String, Object> ofThisFile = Map.of("query", Map.of("prefix", Map.of("declarationNumber.keyword", "K-" + run + "/")));
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() ->
                TestEnvironment.toElasticsearch().contentType("application/json").body(ofThisFile).post(count)
                        .then().statusCode(200).extract().jsonPath().getLong("count") == LINES);
    }

    /** Declarations of made-up companies with a number in their names, so that no two are taken for one. */
    private static byte[] file(String run) {
        StringBuilder csv = new StringBuilder(TradeFiles.header());
        for (int i = 0; i < LINES; i++) {
            String exporter = "Crash" + run + " Exporter " + (i % EXPORTERS) + " Co., Ltd.";
            String consignee = "Crash" + run + " Consignee " + (i % CONSIGNEES) + " LLC";
            csv.append(TradeFiles.line("K-" + run + "/" + (i / 4), i % 4 + 1, exporter, consignee, i % 3 == 0 ? "854231" : "847180",
                    "RU"));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String start(byte[] file) {
        Response started = api.as("alice").contentType("text/csv").body(file).queryParam("name", "crash.csv").post("/imports");
        assertEquals(202, started.statusCode(), started.asString());
        return started.jsonPath().getString("batch.id");
    }

    private Map<String, Object> progress(String id) {
        return api.as("alice").get("/imports/" + id).then().statusCode(200).extract().jsonPath().getMap("batch");
    }

    private static long number(Map<String, Object> batch, String field) {
        return ((Number) batch.get(field)).longValue();
    }

    private static long stored(String run) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement(
                "select count(*) from trade_record where declaration_number like ?")) {
            q.setString(1, "K-" + run + "/%");
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Records without both parties, distinct exporter parties, distinct consignee parties. */
    private static List<Long> links(String run) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select count(*) filter (where "
                + "exporter_party_id is null or consignee_party_id is null), count(distinct exporter_party_id), "
                + "count(distinct consignee_party_id) from trade_record where declaration_number like ?")) {
            q.setString(1, "K-" + run + "/%");
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD"));
    }
}
