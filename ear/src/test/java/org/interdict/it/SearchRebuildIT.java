package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilding the search projection from the database while searches run: no search fails or loses
 * records, changes made during the rebuild reach the new indices, and afterwards the index holds
 * exactly what the database holds.
 */
class SearchRebuildIT extends BlackBoxIT {

    private static final String[] ALIASES = {"interdict-parties", "interdict-cases", "interdict-designations"};

    @Test
    void aRebuildWhileQueriesRunLosesNoQueryAndEndsWithIdenticalCounts() throws Exception {
        String stem = "Rebuildtest" + UUID.randomUUID().toString().substring(0, 8);
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            parties.add(api.party("alice", stem + " party " + i, "CN").toString());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> total(stem) == 60);
        awaitNoRebuildRunning();
        Map<String, String> indicesBefore = aliasedIndices();

        // Searches run without pause from before the rebuild starts until after it ends.
        AtomicBoolean stop = new AtomicBoolean();
        List<String> failures = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        // Each search as [start, end] in nanoseconds, to count those that overlapped the rebuild.
        List<long[]> spans = new ArrayList<>();
        CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
            Api searcher = new Api(base);
            while (!stop.get()) {
                long start = System.nanoTime();
                Response answer = searcher.as("alice").queryParam("q", stem).queryParam("size", 100).get("/search");
                long end = System.nanoTime();
                synchronized (totals) {
                    spans.add(new long[] {start, end});
                    if (answer.statusCode() != 200) {
                        failures.add(answer.statusCode() + " " + answer.asString());
                    } else {
                        totals.add(answer.jsonPath().getLong("total"));
                    }
                }
            }
        }, Executors.newSingleThreadExecutor());
        await().atMost(Duration.ofSeconds(30)).until(() -> count(totals) >= 5);
        long rebuildStart = System.nanoTime();
        Response started = api.as("fiona").post("/admin/search/rebuilds");
        assertEquals(202, started.statusCode(), started.asString());
        String location = started.getHeader("Location");
        int id = started.jsonPath().getInt("id");
        assertTrue(location.endsWith("/admin/search/rebuilds/" + id), location);

        // Changes while the rebuild runs: five new parties, one renamed.
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            during.add(api.party("bruno", stem + " during " + i, "HK").toString());
        }
        Response party = api.as("alice").get("/parties/" + parties.get(0));
        Map<String, Object> renamed = new LinkedHashMap<>(Map.of("kind", "COMPANY", "primaryName", stem + " renamed", "country", "CN"));
        api.as("alice").header("If-Match", party.getHeader("ETag")).body(renamed).put("/parties/" + parties.get(0))
                .then().statusCode(200);

        Map<String, Object> progress = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.as("fiona").get("/admin/search/rebuilds/" + id).then().statusCode(200).extract().jsonPath().getMap("$"),
                        p -> !"RUNNING".equals(p.get("status")));
        long rebuildEnd = System.nanoTime();
        assertEquals("DONE", progress.get("status"), progress.toString());
        assertEquals(((Number) progress.get("total")).longValue(), ((Number) progress.get("done")).longValue(), progress.toString());
        assertTrue(((Number) progress.get("recordsPerSecond")).doubleValue() > 0, progress.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> total(stem) == 65);
        int before = count(totals);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(totals) >= before + 5);
        stop.set(true);
        searching.get();

        assertEquals(List.of(), failures, "searches failed during the rebuild");
        long overlapping = spans.stream().filter(span -> span[0] < rebuildEnd && span[1] > rebuildStart).count();
        assertTrue(overlapping > 0, "no search ran while the rebuild did");
        assertTrue(totals.stream().allMatch(t -> t >= 60 && t <= 65), "a search lost records: " + totals);
        long slowest = spans.stream().mapToLong(span -> (span[1] - span[0]) / 1_000_000).max().orElse(0);
        System.out.printf("Search rebuild %d: %s records at %s records/s; %d searches ran (%d while it did, slowest %d ms), none failed%n",
                id, progress.get("total"), progress.get("recordsPerSecond"), totals.size(), overlapping, slowest);

        Map<String, String> indicesAfter = aliasedIndices();
        for (String alias : ALIASES) {
            assertNotEquals(indicesBefore.get(alias), indicesAfter.get(alias), alias + " still points at the old index");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(databaseCounts(), indexCounts()));
        List<String> renamedHits = api.as("alice").queryParam("q", "\"" + stem + " renamed\"").get("/search")
                .then().statusCode(200).extract().jsonPath().getList("hits.id");
        assertEquals(List.of(parties.get(0)), renamedHits, "the rename made during the rebuild is in the new index");
        during.forEach(d -> SearchIndexProbe.awaitSearchable(d, null));
    }

    @Test
    void operatorsSeeTheOutboxAndRebuildsButOthersDoNot() {
        Map<String, Object> outbox = api.as("fiona").get("/admin/search/outbox").then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(0, ((Number) outbox.get("parked")).intValue(), outbox.toString());
        assertEquals(0, api.as("fiona").post("/admin/search/outbox/retry").then().statusCode(200)
                .extract().<Integer>path("retried"));
        api.as("alice").post("/admin/search/rebuilds").then().statusCode(403);
        api.as("alice").get("/admin/search/outbox").then().statusCode(403);
    }

    private static int count(List<Long> totals) {
        synchronized (totals) {
            return totals.size();
        }
    }

    private long total(String query) {
        return api.as("alice").queryParam("q", query).get("/search").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private void awaitNoRebuildRunning() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                api.as("fiona").get("/admin/search/rebuilds").then().statusCode(200).extract().jsonPath()
                        .getList("status").stream().noneMatch("RUNNING"::equals));
    }

    private static Map<String, String> aliasedIndices() {
        Map<String, String> indices = new LinkedHashMap<>();
        for (String alias : ALIASES) {
            Map<String, Object> answer = TestEnvironment.toElasticsearch().get(elasticsearch() + "/_alias/" + alias)
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            assertEquals(1, answer.size(), alias + " points at " + answer.keySet());
            indices.put(alias, answer.keySet().iterator().next());
        }
        return indices;
    }

    private static Map<String, Long> indexCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String alias : ALIASES) {
            counts.put(alias, TestEnvironment.toElasticsearch().get(elasticsearch() + "/" + alias + "/_count")
                    .then().statusCode(200).extract().jsonPath().getLong("count"));
        }
        return counts;
    }

    private static Map<String, Long> databaseCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD")); Statement statement = db.createStatement()) {
            for (String[] table : new String[][] {{"interdict-parties", "party"}, {"interdict-cases", "case_file"},
                    {"interdict-designations", "designation"}}) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table[1])) {
                    rows.next();
                    counts.put(table[0], rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String elasticsearch() {
        return TestEnvironment.elasticsearchUrl();
    }
}
