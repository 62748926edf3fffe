package org.interdict.it;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Waits until a record is findable in the search index, as search sees it (after a refresh), not
 * merely stored (a real-time GET would see it sooner than any search).
 */
final class SearchIndexProbe {

    private SearchIndexProbe() {
    }

    /** Waits until the party can be found by search; when {@code releasedTo} is given, released to that agency. */
    static void awaitSearchable(String partyId, String releasedTo) {
        awaitSearchable("interdict-parties", partyId, releasedTo);
    }

    /** Waits until the record can be found through the alias; when {@code releasedTo} is given, released to that agency. */
    static void awaitSearchable(String alias, String id, String releasedTo) {
        String url = TestEnvironment.elasticsearchUrl() + "/" + alias + "/_search";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response found = TestEnvironment.toElasticsearch().contentType("application/json")
                    .body(Map.of("query", Map.of("ids", Map.of("values", List.of(id))))).post(url);
            if (found.statusCode() != 200 || found.jsonPath().getInt("hits.total.value") == 0) {
                return false;
            }
            List<String> released = found.jsonPath().getList("hits.hits[0]._source.releasedTo");
            return releasedTo == null || released.contains(releasedTo);
        });
    }
}
