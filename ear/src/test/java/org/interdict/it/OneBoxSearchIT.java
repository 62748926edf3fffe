package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One-box search through REST against the real stack: findability within seconds, names across
 * scripts, legal forms and typos, the query syntax, paging on a point in time with exact totals,
 * facets, the CSV export, and the sharing policy on all of them.
 */
class OneBoxSearchIT extends BlackBoxIT {

    /** Letters that survive a trip to Cyrillic and back unchanged. */
    private static final String ROUND_TRIP_LETTERS = "abdefgiklmnoprstuvz";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aPartyCreatedThroughRestIsFindableWithinSeconds() {
        String stem = stem("Fendra");
        long start = System.nanoTime();
        UUID party = api.party("alice", stem + " Components Ltd", "HK");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> ids(search("alice", Map.of("q", stem))).contains(party.toString()));
        System.out.printf("A party created through REST was found by search after %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void namesMeetAcrossScriptsLegalFormsAndTypos() {
        String latin = stem("Varko");
        UUID latinParty = api.party("alice", latin + " LLC", "RU");
        String written = stem("Dorme");
        String cyrillicParty = created(Map.of("kind", "COMPANY", "primaryName", "ООО «" + Names.cyrillic(written) + "»", "country", "RU"));
        String hanParty = created(Map.of("kind", "COMPANY", "primaryName", "杭州星途光电有限公司", "country", "CN"));
        UUID pinyinParty = api.party("alice", "Shenzhen Meiya Keji Co., Ltd.", "CN");
        for (String id : List.of(latinParty.toString(), cyrillicParty, hanParty, pinyinParty.toString())) {
            SearchIndexProbe.awaitSearchable(id, null);
        }

        assertFinds(latinParty.toString(), "ООО «" + Names.cyrillic(latin) + "»", "Cyrillic query, Latin name");
        assertFinds(latinParty.toString(), latin.toUpperCase() + ", OOO", "legal form after the name, in Latin");
        assertFinds(latinParty.toString(), latin + " Limited Liability Company", "legal form written out");
        assertFinds(latinParty.toString(), typo(latin) + " LLC", "one-letter typo");
        assertFinds(cyrillicParty, written + " LLC", "Latin query, Cyrillic name");
        assertFinds(hanParty, "Hangzhou Xingtu Guangdian", "Latin query, Han name");
        assertFinds(pinyinParty.toString(), "深圳美亚科技有限公司", "Han query, Latin name");

        Response answer = search("alice", Map.of("q", "ООО «" + Names.cyrillic(latin) + "»"));
        Map<String, Object> hit = hit(answer, latinParty.toString());
        assertTrue(String.valueOf(hit.get("reasons")).contains("across scripts"), "the reason names the transliteration: " + hit);
    }

    @Test
    void pagesFollowOnePointInTimeWithExactTotalsFacetsAndExport() {
        String stem = stem("Pagina");
        Set<String> created = new LinkedHashSet<>();
        for (int i = 0; i < 25; i++) {
            created.add(api.party("alice", stem + " " + i, i % 2 == 0 ? "CN" : "HK").toString());
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> search("alice", Map.of("q", stem)).jsonPath().getLong("total") == 25);

        Response first = search("alice", Map.of("q", stem, "size", 10));
        assertEquals(25, first.jsonPath().getLong("total"));
        assertEquals(Map.of("party", 25), buckets(first, "facets.types"));
        assertEquals(Map.of("CN", 13, "HK", 12), buckets(first, "facets.countries"));
        assertEquals(1, first.jsonPath().getList("facets.months").size());

        // A record that matches, created after the first page: the pages that follow keep to their point in time.
        String late = api.party("alice", stem + " late", "CN").toString();
        SearchIndexProbe.awaitSearchable(late, null);

        List<String> paged = new ArrayList<>(ids(first));
        String cursor = first.jsonPath().getString("cursor");
        int pages = 1;
        while (cursor != null) {
            Response page = search("alice", Map.of("q", stem, "size", 10, "cursor", cursor));
            assertEquals(25, page.jsonPath().getLong("total"), "the total of a later page");
            assertNull(page.jsonPath().get("facets"), "facets come with the first page only");
            paged.addAll(ids(page));
            cursor = page.jsonPath().getString("cursor");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(25, paged.size(), "every hit once: " + paged);
        assertEquals(created, new LinkedHashSet<>(paged));
        assertFalse(paged.contains(late));

        assertEquals(26, search("alice", Map.of("q", stem)).jsonPath().getLong("total"), "a new search sees the late record");
        assertEquals(12, total("alice", stem + " country:HK"));
        assertEquals(14, total("alice", stem + " -country:HK"));
        assertEquals(1, total("alice", "\"" + stem + " 7\""));
        assertEquals(25, total("alice", stem + " -late"));
        assertEquals(26, total("alice", stem + " type:party"));
        assertEquals(0, total("alice", stem + " type:case"));

        List<String> byName = search("alice", Map.of("q", stem, "sort", "name", "size", 3)).jsonPath().getList("hits.title");
        assertEquals(List.of(stem + " 0", stem + " 1", stem + " 10"), byName);

        Response csv = api.as("alice").accept("text/csv").queryParam("q", stem).get("/search/export.csv");
        assertEquals(200, csv.statusCode(), csv.asString());
        List<String> lines = csv.asString().lines().toList();
        assertEquals("record_type,id,title,country,status,agency,date,score,reasons", lines.get(0));
        assertEquals(27, lines.size(), "a header and every hit");
        created.forEach(id -> assertTrue(csv.asString().contains(id), "the export lacks " + id));
    }

    @Test
    void partnersNeverSeeUnreleasedRecordsInHitsFacetsCountsOrExport() {
        String stem = stem("Klemor");
        UUID internal = api.party("alice", stem + " Internal", "RU");
        UUID shared = api.party("alice", stem + " Shared", "AE");
        String reference = api.openCase("alice", stem + " investigation", List.of(internal));
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/parties/" + shared + "/releasability").then().statusCode(200);
        SearchIndexProbe.awaitSearchable(shared.toString(), "PCU");
        SearchIndexProbe.awaitSearchable("interdict-cases", reference, null);
        SearchIndexProbe.awaitSearchable(internal.toString(), null);

        assertEquals(3, total("alice", stem));
        for (String partner : List.of("paula", Api.PARTNER_SYSTEM)) {
            Response answer = search(partner, Map.of("q", stem));
            assertEquals(1, answer.jsonPath().getLong("total"), partner + ": " + answer.asString());
            assertEquals(List.of(shared.toString()), ids(answer));
            assertEquals(Map.of("party", 1), buckets(answer, "facets.types"));
            assertEquals(Map.of("AE", 1), buckets(answer, "facets.countries"));
            assertEquals(List.of(), answer.jsonPath().getList("facets.caseStatuses"));
            assertFalse(answer.asString().contains(internal.toString()));
            assertFalse(answer.asString().contains(reference));

            String csv = api.as(partner).accept("text/csv").queryParam("q", stem).get("/search/export.csv").then()
                    .statusCode(200).extract().asString();
            assertEquals(2, csv.lines().count(), "a header and the shared party: " + csv);
            assertTrue(csv.contains(shared.toString()));
            assertEquals(0, total(partner, "assignee:alice " + stem), "internal fields are text to a partner, and find nothing");
        }
        assertEquals(0, total("olga", stem), "another authority sees none of it");
        assertEquals(0, total("fiona", stem), "an administrator sees no case content");
    }

    @Test
    void aCaseReferenceIsFoundAsWrittenNotAllowingForSpelling() {
        String stem = stem("Refnum");
        UUID party = api.party("alice", stem + " Trading", "RU");
        String first = api.openCase("alice", stem + " first", List.of(party));
        String second = api.openCase("alice", stem + " second", List.of(party));
        SearchIndexProbe.awaitSearchable("interdict-cases", first, null);
        SearchIndexProbe.awaitSearchable("interdict-cases", second, null);
        List<String> found = ids(search("alice", Map.of("q", first)));
        assertTrue(found.contains(first), found.toString());
        assertFalse(found.contains(second), "a typo is forgiven in words, never in numbers: " + found);
    }

    @Test
    void badInputIsExplained() {
        Map<Map<String, Object>, Integer> cases = new HashMap<>();
        cases.put(Map.of("size", 0), 422);
        cases.put(Map.of("size", 201), 422);
        cases.put(Map.of("sort", "sideways"), 422);
        cases.put(Map.of("cursor", "not-a-cursor"), 422);
        cases.put(Map.of("q", "type:vessel"), 422);
        cases.put(Map.of("from", "2026-12-01", "to", "2026-01-01"), 422);
        cases.put(Map.of("from", "yesterday"), 400);
        cases.put(Map.of("q", "x".repeat(501)), 422);
        cases.forEach((parameters, status) -> {
            Response answer = api.as("alice").queryParams(parameters).get("/search");
            assertEquals(status, answer.statusCode(), parameters + ": " + answer.asString());
            assertTrue(answer.contentType().startsWith("application/problem+json"), parameters + ": " + answer.contentType());
            assertNotNull(answer.jsonPath().getString("detail"), parameters.toString());
        });
        assertEquals(200, api.as("alice").queryParam("q", "\"unclosed phrase -").get("/search").statusCode(),
                "stray syntax is text, not an error");
    }

    private String created(Map<String, Object> party) {
        return api.as("alice").body(party).post("/parties").then().statusCode(201).extract().path("id");
    }

    private void assertFinds(String id, String query, String what) {
        List<String> found = ids(search("alice", Map.of("q", query, "size", 50)));
        assertTrue(found.contains(id), what + ": '" + query + "' did not find " + id + " among " + found);
    }

    private Response search(String user, Map<String, Object> parameters) {
        Response answer = api.as(user).queryParams(parameters).get("/search");
        assertEquals(200, answer.statusCode(), answer.asString());
        return answer;
    }

    private long total(String user, String query) {
        return search(user, Map.of("q", query)).jsonPath().getLong("total");
    }

    private static List<String> ids(Response answer) {
        return answer.jsonPath().getList("hits.id");
    }

    private static Map<String, Object> hit(Response answer, String id) {
        List<Map<String, Object>> hits = answer.jsonPath().getList("hits");
        return hits.stream().filter(h -> id.equals(h.get("id"))).findFirst().orElseThrow(() -> new AssertionError(id + " not found"));
    }

    private static Map<String, Integer> buckets(Response answer, String path) {
        JsonPath json = answer.jsonPath();
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> buckets = json.getList(path);
        buckets.forEach(b -> counts.put(String.valueOf(b.get("value")), ((Number) b.get("count")).intValue()));
        return counts;
    }

    /** A made-up word: a prefix and six letters that survive Cyrillic transliteration, unique to the run. */
    private static String stem(String prefix) {
        StringBuilder stem = new StringBuilder(prefix);
        for (int i = 0; i < 6; i++) {
            stem.append(ROUND_TRIP_LETTERS.charAt(RANDOM.nextInt(ROUND_TRIP_LETTERS.length())));
        }
        return stem.toString();
    }

    /** The word with its second-to-last letter replaced by another. */
    private static String typo(String word) {
        int at = word.length() - 2;
        char replacement = word.charAt(at) == 'a' ? 'e' : 'a';
        return word.substring(0, at) + replacement + word.substring(at + 1);
    }
}
