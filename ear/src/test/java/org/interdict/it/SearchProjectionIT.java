package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The search index is a projection of the database: every committed change reaches it, also the
 * changes made while Elasticsearch was down. The index is read directly, as the projection's truth
 * is compared against the database's.
 */
class SearchProjectionIT extends BlackBoxIT {

    private static final String PARTIES = "interdict-parties";

    @Test
    void partyCreatedThroughTheApiIsInTheIndexWithinSeconds() {
        String marker = "Probe" + UUID.randomUUID().toString().substring(0, 8);
        String party = api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", marker + " LLC",
                        "aliases", List.of(Map.of("name", "ООО «Сильва " + marker + "»"))))
                .post("/parties").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Response doc = TestEnvironment.toElasticsearch().get(elasticsearch() + "/" + PARTIES + "/_doc/" + party);
            assertEquals(200, doc.statusCode(), doc.asString());
            assertEquals("ECA", doc.path("_source.owningAgency"));
            assertEquals(0, (int) doc.path("_source.recordVersion"));
            // Names also in comparable form: the legal forms set aside, Cyrillic in Latin.
            List<String> normalized = doc.path("_source.namesNormalized");
            assertTrue(normalized.contains(marker.toLowerCase()), normalized.toString());
            assertTrue(normalized.contains("silva " + marker.toLowerCase()), normalized.toString());
        });
    }

    @Test
    void changesMadeWhileElasticsearchIsDownReachTheIndexAtTheirLatestVersionAfterItReturns() throws Exception {
        api.as("alice").get("/me").then().statusCode(200);
        TestEnvironment.launcher("stop", "elasticsearch");
        Map<String, Long> versions = new HashMap<>();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                String name = "Offline " + i + " " + UUID.randomUUID();
                Response created = api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", name)).post("/parties");
                assertEquals(201, created.statusCode(), created.asString());
                String id = created.path("id");
                Response edited = api.as("alice").header("If-Match", created.getHeader("ETag"))
                        .body(Map.of("kind", "COMPANY", "primaryName", name + " (edited)", "country", "HK"))
                        .put("/parties/" + id);
                assertEquals(200, edited.statusCode(), edited.asString());
                ids.add(id);
                versions.put(id, Api.version(edited));
            }
        } finally {
            TestEnvironment.launcher("start", "elasticsearch");
        }
        assertEquals(200, ids.size() * 2, "100 parties created and 100 edited while Elasticsearch was down");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Response found = TestEnvironment.toElasticsearch().contentType("application/json")
                    .body(Map.of("ids", ids)).post(elasticsearch() + "/" + PARTIES + "/_mget");
            assertEquals(200, found.statusCode(), found.asString());
            List<Map<String, Object>> docs = JsonPath.from(found.asString()).getList("docs");
            for (Map<String, Object> doc : docs) {
                assertTrue((Boolean) doc.get("found"), "not indexed: " + doc.get("_id"));
                @SuppressWarnings("unchecked")
                Map<String, Object> source = (Map<String, Object>) doc.get("_source");
                assertEquals(versions.get((String) doc.get("_id")), ((Number) source.get("recordVersion")).longValue(),
                        "stale version of " + doc.get("_id"));
                assertTrue(((String) source.get("primaryName")).endsWith("(edited)"));
            }
        });
    }

    private static String elasticsearch() {
        return TestEnvironment.elasticsearchUrl();
    }
}
