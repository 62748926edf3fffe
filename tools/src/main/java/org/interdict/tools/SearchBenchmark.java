package org.interdict.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.interdict.infrastructure.elasticsearch.names.NameNormalizer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Search benchmarks on a seeded instance (run through {@code ./interdict bench-search}, which seeds it with
 * {@link PartySeeder} first):
 *
 * <ol>
 * <li>a rebuild of the index from the database through the admin API: records per second;</li>
 * <li>a raw {@code _bulk} of the very documents the rebuild wrote, read back from its index, into a
 * scratch index of the same mapping and settings, in batches of the same size: documents per second;</li>
 * <li>N searches as an analyst through {@code GET /api/search} next to the same query sent straight to
 * Elasticsearch (the same body: visibility filter, clauses, highlight, facets, sort; the same point
 * in time opened and closed): median, p95 and p99.</li>
 * </ol>
 *
 * Elasticsearch is called as the user in {@code INTERDICT_ELASTICSEARCH_USER} and {@code INTERDICT_ELASTICSEARCH_PASSWORD}.
 */
public final class SearchBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NameNormalizer NAMES = new NameNormalizer();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The rebuild's batch (SearchIndexer.BATCH). */
    private static final int BULK_BATCH = 500;
    private static final int WARM_UP = 50;
    /** The text fields an analyst searches (SearchIndices: shared and internal). */
    private static final List<String> TEXT_FIELDS = List.of("title", "primaryName", "names", "summary", "subjects",
            "reference", "identifiers", "legalBasis", "goodsDescription", "declarationNumber", "tags", "assignee");
    /** Every index the application searches, trade records included (SearchIndices.aliases()). */
    private static final String SEARCHED = "interdict-parties,interdict-cases,interdict-designations,interdict-trade-records";

    private SearchBenchmark() {
    }

    static void run(String api, String keycloak, String es, String operatorSecret, String password, int queries,
            int screenings) throws Exception {
        String operator = "grant_type=client_credentials&client_id=interdict-operator&client_secret="
                + URLEncoder.encode(operatorSecret, StandardCharsets.UTF_8);
        JsonNode rebuild = rebuild(api, keycloak, operator);
        long records = rebuild.get("total").asLong();
        double rebuildRate = rebuild.get("recordsPerSecond").asDouble();
        System.out.printf("%nRebuild from the database: %,d records, %.0f records/s (started %s, finished %s)%n",
                records, rebuildRate, rebuild.get("startedAt").asText(), rebuild.get("finishedAt").asText());

        double bulkRate = rawBulk(es);
        System.out.printf("Raw _bulk of the same documents: %.0f documents/s; the rebuild reaches %.0f%% of it%n",
                bulkRate, 100 * rebuildRate / bulkRate);

        String alice = token(keycloak, "grant_type=password&client_id=interdict-cli&username=alice&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
        screen(api, alice, es, records, screenings);
        List<String> texts = sampleQueries(es, queries + WARM_UP);
        List<Long> rest = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        long totalHits = 0;
        int differences = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            long start = System.nanoTime();
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/search?size=20&q="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + alice).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long restNanos = System.nanoTime() - start;
            ElasticsearchHttp.check(answer, 200, "GET /api/search");
            long restTotal = JSON.readTree(answer.body()).get("total").asLong();

            start = System.nanoTime();
            String pit = JSON.readTree(ElasticsearchHttp.send("POST", es + "/" + SEARCHED + "/_pit?keep_alive=2m",
                    null, 200)).get("id").asText();
            JsonNode found = JSON.readTree(ElasticsearchHttp.send("POST", es + "/_search", body(text, pit).toString(), 200));
            ElasticsearchHttp.send("DELETE", es + "/_pit", JSON.createObjectNode().put("id", pit).toString(), 200);
            long directNanos = System.nanoTime() - start;
            long directTotal = found.get("hits").get("total").get("value").asLong();
            if (directTotal != restTotal && differences++ < 5) {
                System.out.printf("  note: '%s': REST found %d, the bench's copy of the query %d (the application's query "
                        + "has changed since the copy was made)%n", text, restTotal, directTotal);
            }
            if (i >= WARM_UP) {
                rest.add(restNanos);
                direct.add(directNanos);
                totalHits += restTotal;
            }
        }
        System.out.printf("%n%d searches (after %d to warm up) on %,d indexed records, as an analyst, 20 hits with facets "
                + "and highlights; %.1f matching records per search on average (REST's total)%n", rest.size(), WARM_UP, records,
                (double) totalHits / rest.size());
        report("GET /api/search (REST)", rest);
        report("same query straight to Elasticsearch", direct);
    }

    /**
     * N screenings one after another through {@code POST /api/screen}, as a customs officer screens the
     * names of a shipment: a party's whole name, every other one with a typo in its coined word and some
     * with another legal form. Median and p95 of the answer time.
     */
    private static void screen(String api, String token, String es, long records, int count) throws Exception {
        List<String> sampled = sampleNames(es, count + WARM_UP);
        Random typos = new Random(7);
        List<Long> nanos = new ArrayList<>();
        long candidates = 0;
        for (int i = 0; i < sampled.size(); i++) {
            String name = sampled.get(i);
            if (i % 2 == 1 && name.length() > 4) {
                int at = 1 + typos.nextInt(3);
                name = name.substring(0, at) + (char) ('a' + typos.nextInt(26)) + name.substring(at + 1);
            }
            if (i % 5 == 0) {
                name = name.replaceAll(" (LLC|Ltd|GmbH|OOO|JSC|Co Ltd|SA|AG)$", " Limited");
            }
            String body = JSON.createObjectNode().put("name", name).toString();
            long start = System.nanoTime();
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/screen"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            ElasticsearchHttp.check(answer, 200, "POST /api/screen");
            if (i >= WARM_UP) {
                nanos.add(took);
                candidates += JSON.readTree(answer.body()).size();
            }
        }
        System.out.printf("%n%d screenings one after another (after %d to warm up) against %,d indexed records, default "
                + "threshold and limit; %.1f candidates per screening on average%n", nanos.size(), WARM_UP, records,
                (double) candidates / nanos.size());
        report("POST /api/screen", nanos);
    }

    /** Whole primary names of randomly chosen parties (a reproducible sample). */
    private static List<String> sampleNames(String es, int count) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", count);
        body.putArray("_source").add("primaryName");
        body.putObject("query").putObject("function_score").putObject("random_score").put("seed", 7).put("field", "_seq_no");
        JsonNode hits = JSON.readTree(ElasticsearchHttp.send("POST", es + "/interdict-parties/_search", body.toString(), 200))
                .get("hits").get("hits");
        List<String> names = new ArrayList<>();
        hits.forEach(hit -> names.add(hit.get("_source").get("primaryName").asText()));
        return names;
    }

    private static JsonNode rebuild(String api, String keycloak, String operator) throws Exception {
        String token = token(keycloak, operator);
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/admin/search/rebuilds"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        ElasticsearchHttp.check(started, 202, "POST /api/admin/search/rebuilds");
        String location = started.headers().firstValue("Location").orElseThrow();
        while (true) {
            Thread.sleep(500);
            // A fresh token each time: a long rebuild outlives one.
            token = token(keycloak, operator);
            HttpResponse<String> progress = HTTP.send(HttpRequest.newBuilder(URI.create(location))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode state = JSON.readTree(progress.body());
            RunStatus status = RunStatus.of(state.get("status").asText());
            if (status == RunStatus.RUNNING) {
                System.out.printf("  rebuild: %,d of %,d records, %s records/s, ETA %s s%n", state.get("done").asLong(),
                        state.get("total").asLong(), state.get("recordsPerSecond").asText(), state.get("etaSeconds").asText());
                continue;
            }
            if (status != RunStatus.DONE) {
                throw new IllegalStateException("the rebuild failed: " + progress.body());
            }
            return state;
        }
    }

    /** Reads back every party the rebuild wrote and bulks it into a scratch index like the rebuild's own. */
    private static double rawBulk(String es) throws Exception {
        JsonNode aliased = JSON.readTree(ElasticsearchHttp.send("GET", es + "/_alias/interdict-parties", null, 200));
        String source = aliased.fieldNames().next();
        JsonNode mapping = JSON.readTree(ElasticsearchHttp.send("GET", es + "/" + source + "/_mapping", null, 200)).get(source).get("mappings");
        List<String> lines = new ArrayList<>();
        String pit = JSON.readTree(ElasticsearchHttp.send("POST", es + "/" + source + "/_pit?keep_alive=2m", null, 200)).get("id").asText();
        JsonNode after = null;
        while (true) {
            ObjectNode page = JSON.createObjectNode();
            page.putObject("pit").put("id", pit).put("keep_alive", "2m");
            page.put("size", 5000);
            page.putArray("sort").addObject().put("_shard_doc", "asc");
            if (after != null) {
                page.set("search_after", after);
            }
            JsonNode hits = JSON.readTree(ElasticsearchHttp.send("POST", es + "/_search", page.toString(), 200)).get("hits").get("hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonNode hit : hits) {
                lines.add(JSON.createObjectNode().set("index", JSON.createObjectNode().put("_id", hit.get("_id").asText())).toString());
                lines.add(hit.get("_source").toString());
            }
            after = hits.get(hits.size() - 1).get("sort");
        }
        ElasticsearchHttp.send("DELETE", es + "/_pit", JSON.createObjectNode().put("id", pit).toString(), 200);
        int documents = lines.size() / 2;

        String scratch = "bench-raw-bulk";
        HTTP.send(ElasticsearchHttp.elasticsearch(es + "/" + scratch).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        long start = System.nanoTime();
        ObjectNode create = JSON.createObjectNode();
        create.putObject("settings").put("number_of_replicas", 0).put("refresh_interval", "-1");
        create.set("mappings", mapping);
        ElasticsearchHttp.send("PUT", es + "/" + scratch, create.toString(), 200);
        for (int from = 0; from < lines.size(); from += 2 * BULK_BATCH) {
            StringBuilder bulk = new StringBuilder();
            for (String line : lines.subList(from, Math.min(lines.size(), from + 2 * BULK_BATCH))) {
                bulk.append(line).append('\n');
            }
            JsonNode answer = JSON.readTree(ElasticsearchHttp.send("POST", es + "/" + scratch + "/_bulk", bulk.toString(), 200));
            if (answer.get("errors").asBoolean()) {
                throw new IllegalStateException("the raw _bulk had errors: " + answer.toString().substring(0, 500));
            }
        }
        ElasticsearchHttp.send("PUT", es + "/" + scratch + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}", 200);
        ElasticsearchHttp.send("POST", es + "/" + scratch + "/_refresh", null, 200);
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = JSON.readTree(ElasticsearchHttp.send("GET", es + "/" + scratch + "/_count", null, 200)).get("count").asLong();
        if (count != documents) {
            throw new IllegalStateException("the raw _bulk stored " + count + " of " + documents + " documents");
        }
        ElasticsearchHttp.send("DELETE", es + "/" + scratch, null, 200);
        System.out.printf("  raw _bulk: %,d documents in %.1f s (batches of %d, one at a time, like the rebuild)%n",
                documents, seconds, BULK_BATCH);
        return documents / seconds;
    }

    /** Two words of randomly chosen party names, as an analyst would type them (a reproducible sample). */
    private static List<String> sampleQueries(String es, int count) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", count);
        body.putArray("_source").add("primaryName");
        ObjectNode random = body.putObject("query").putObject("function_score");
        random.putObject("random_score").put("seed", 42).put("field", "_seq_no");
        JsonNode hits = JSON.readTree(ElasticsearchHttp.send("POST", es + "/interdict-parties/_search", body.toString(), 200)).get("hits").get("hits");
        List<String> texts = new ArrayList<>();
        Random words = new Random(42);
        for (JsonNode hit : hits) {
            String[] name = hit.get("_source").get("primaryName").asText().split(" ");
            // The coined name alone, or with its line of business.
            texts.add(words.nextBoolean() || name.length < 2 ? name[0] : name[0] + " " + name[1]);
        }
        return texts;
    }

    /** The body the application sends for an analyst of ECA (see ElasticsearchRecordSearch), names normalised as it does. */
    private static ObjectNode body(String text, String pit) {
        String normalized = NAMES.normalize(text).normalized();
        String compact = normalized.replace(" ", "");
        ObjectNode body = JSON.createObjectNode();
        body.putObject("pit").put("id", pit).put("keep_alive", "2m");
        body.put("size", 20).put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ObjectNode visible = bool.putArray("filter").addObject().putObject("bool");
        ArrayNode anyOf = visible.putArray("should");
        anyOf.addObject().putObject("term").put("owningAgency", "ECA");
        anyOf.addObject().putObject("term").put("public", true);
        visible.put("minimum_should_match", "1");
        ObjectNode words = bool.putArray("must").addObject().putObject("bool");
        ArrayNode should = words.putArray("should");
        ObjectNode cross = should.addObject().putObject("multi_match");
        cross.put("query", text).put("type", "cross_fields").put("operator", "and").put("_name", "words").put("boost", 2.0);
        TEXT_FIELDS.forEach(cross.putArray("fields")::add);
        ObjectNode fuzzy = should.addObject().putObject("multi_match");
        fuzzy.put("query", text).put("type", "best_fields").put("operator", "and").put("fuzziness", "AUTO:4,7")
                .put("prefix_length", 1).put("_name", "words-fuzzy");
        TEXT_FIELDS.forEach(fuzzy.putArray("fields")::add);
        should.addObject().putObject("match").putObject("namesNormalized").put("query", normalized).put("operator", "and")
                .put("fuzziness", "AUTO:4,7").put("_name", "name").put("boost", 1.5);
        should.addObject().putObject("fuzzy").putObject("namesCompact").put("value", compact)
                .put("fuzziness", compact.length() < 4 ? "0" : compact.length() < 7 ? "1" : "2").put("_name", "name").put("boost", 1.5);
        words.put("minimum_should_match", "1");
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("_score").put("order", "desc");
        sort.addObject().putObject("recordDate").put("order", "desc");
        body.putObject("_source").putArray("excludes").add("namesNormalized").add("nameTokens").add("namesCompact");
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        highlight.put("fragment_size", 160).put("number_of_fragments", 2);
        ObjectNode marks = highlight.putObject("highlight_query").putObject("bool").putArray("should").addObject()
                .putObject("multi_match");
        marks.put("query", text).put("operator", "or");
        TEXT_FIELDS.forEach(marks.putArray("fields")::add);
        ObjectNode fields = highlight.putObject("fields");
        TEXT_FIELDS.forEach(field -> fields.putObject(field));
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("types").putObject("terms").put("field", "recordType").put("size", 10);
        aggs.putObject("countries").putObject("terms").put("field", "country.keyword").put("size", 30);
        aggs.putObject("agencies").putObject("terms").put("field", "owningAgency").put("size", 30);
        ObjectNode statuses = aggs.putObject("caseStatuses");
        statuses.putObject("filter").putObject("term").put("recordType", "case");
        statuses.putObject("aggs").putObject("values").putObject("terms").put("field", "status.keyword").put("size", 20);
        aggs.putObject("months").putObject("date_histogram").put("field", "recordDate").put("calendar_interval", "month")
                .put("format", "yyyy-MM").put("min_doc_count", 1);
        aggs.putObject("hsChapters").putObject("terms").put("field", "hsChapter.keyword").put("size", 100);
        aggs.putObject("chpTiers").putObject("terms").put("field", "chpTier.keyword").put("size", 10);
        return body;
    }

    private static String token(String keycloak, String form) throws Exception {
        return ElasticsearchHttp.token(keycloak, form, "the token endpoint");
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("  %-40s median %6.1f ms   p95 %6.1f ms   p99 %6.1f ms%n", what, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99));
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
