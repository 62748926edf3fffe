package org.interdict.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a customs CSV file end to end and measures it, then the same lines as an Excel workbook, and
 * then a raw {@code _bulk} of the CSV's documents in the same run (used by {@code ./interdict bench-import}):
 * <ol>
 * <li>each file is posted to {@code POST /api/imports} as the operator client and followed until the
 * import is done (stored in PostgreSQL) and then until every stored record can be found in the
 * trade-record index (searchable): lines per second from the upload to searchable;</li>
 * <li>the server's memory during each import: the peak resident set of WildFly's java process
 * ({@code VmHWM} of {@code /proc/PID/status}), its mark reset before the import through
 * {@code /proc/PID/clear_refs} so that each import has its own peak; where the kernel does not allow
 * the reset, the highest {@code VmRSS} sampled twice a second;</li>
 * <li>a raw {@code _bulk} of the very documents the CSV import indexed, read back from the index, into a
 * new index with the same mapping and the live index's settings, in batches of {@value #BULK_BATCH}
 * one at a time: documents per second, and the end-to-end rate as a share of it.</li>
 * </ol>
 * The workbook's declaration numbers name another customs post than the CSV's, so that its lines are new
 * declarations to the agency rather than lines it already holds.
 *
 * Elasticsearch is called as the user in {@code INTERDICT_ELASTICSEARCH_USER} and {@code INTERDICT_ELASTICSEARCH_PASSWORD}.
 */
public final class ImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int BULK_BATCH = 1000;
    private static final String ALIAS = "interdict-trade-records";

    /** What one import took: its batch, the records stored, seconds to stored and to searchable, WildFly's peak in kB. */
    private record Measured(String format, String batch, long records, double stored, double searchable, long peakKb,
            boolean peakOfImport) {
    }

    private ImportBenchmark() {
    }

    /**
     * @param csv   the lines as CSV
     * @param xlsx  the same lines as a workbook (declaration numbers of another customs post), or null to measure the CSV only
     * @param lines how many lines each file holds
     * @param pid   WildFly's java process, whose memory is measured
     */
    static void run(String api, String keycloak, String es, String secret, Path csv, Path xlsx, long lines, long pid, Path work)
            throws Exception {
        List<Measured> runs = new ArrayList<>();
        runs.add(importFile(api, keycloak, es, secret, "CSV", csv, "text/csv", lines, pid));
        double raw = rawBulk(es, runs.get(0).batch(), runs.get(0).records(), work);
        double endToEnd = lines / runs.get(0).searchable();
        System.out.printf("End to end %,.0f lines/s = %.0f%% of the raw _bulk rate (%,.0f documents/s)%n", endToEnd,
                100 * endToEnd / raw, raw);
        if (xlsx != null) {
            // The server tells a workbook from CSV by its first bytes; octet-stream is a type the endpoint takes.
            runs.add(importFile(api, keycloak, es, secret, "XLSX", xlsx, "application/octet-stream", lines, pid));
        }
        System.out.println("Summary (rows = lines in the file; rate from upload to searchable):");
        for (Measured run : runs) {
            System.out.printf("  %-4s %,d rows, %,d stored, %.1f s to stored, %.1f s to searchable, %,.0f rows/s, "
                    + "WildFly peak resident %,d MB%s%n", run.format(), lines, run.records(), run.stored(), run.searchable(),
                    lines / run.searchable(), run.peakKb() / 1024, run.peakOfImport() ? "" : " (highest sample)");
        }
    }

    /** Imports one file and follows it to searchable, printing as it goes; what it took. */
    private static Measured importFile(String api, String keycloak, String es, String secret, String format, Path file,
            String contentType, long lines, long pid) throws Exception {
        System.out.printf("%s: importing %s (%,d MB) end to end%n", format, file.getFileName(), Files.size(file) >> 20);
        boolean peakOfImport = resetPeak(pid);
        String token = token(keycloak, secret);
        long tokenAt = System.nanoTime();
        long start = System.nanoTime();
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/imports?name="
                + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        ElasticsearchHttp.check(started, 202, "starting the import");
        String batch = JSON.readTree(started.body()).get("batch").get("id").asText();
        long peakRss = 0;
        JsonNode done;
        long lastPrint = 0;
        while (true) {
            peakRss = Math.max(peakRss, memory(pid, "VmRSS"));
            if (System.nanoTime() - tokenAt > 60e9) {
                token = token(keycloak, secret);
                tokenAt = System.nanoTime();
            }
            done = JSON.readTree(get(api + "/imports/" + batch, token)).get("batch");
            if (System.nanoTime() - lastPrint > 5e9) {
                lastPrint = System.nanoTime();
                System.out.printf("  %,d lines read, %,d stored…%n", done.get("linesRead").asLong(), done.get("stored").asLong());
            }
            if (RunStatus.of(done.get("status").asText()) != RunStatus.RUNNING) {
                break;
            }
            Thread.sleep(500);
        }
        double stored = (System.nanoTime() - start) / 1e9;
        if (RunStatus.of(done.get("status").asText()) != RunStatus.DONE) {
            throw new IllegalStateException("the " + format + " import failed: " + done);
        }
        long records = done.get("stored").asLong();
        String counting = "{\"query\":{\"term\":{\"importBatch.keyword\":\"" + batch + "\"}}}";
        long indexed;
        while ((indexed = JSON.readTree(ElasticsearchHttp.send("POST", es + "/" + ALIAS + "/_count", counting, 200)).get("count").asLong()) < records) {
            peakRss = Math.max(peakRss, memory(pid, "VmRSS"));
            if (System.nanoTime() - lastPrint > 5e9) {
                lastPrint = System.nanoTime();
                System.out.printf("  %,d of %,d records searchable…%n", indexed, records);
            }
            Thread.sleep(500);
        }
        double searchable = (System.nanoTime() - start) / 1e9;
        long peak = peakOfImport ? memory(pid, "VmHWM") : peakRss;
        System.out.printf("%s import of %,d lines (%,d stored, %,d refused, %,d already held):%n", format, lines, records,
                done.get("rejected").asLong(), done.get("duplicates").asLong());
        System.out.printf("  stored in PostgreSQL after %.1f s (%,.0f lines/s)%n", stored, lines / stored);
        System.out.printf("  all searchable after %.1f s: %,.0f lines/s end to end%n", searchable, lines / searchable);
        System.out.printf("  WildFly resident memory: %,d MB at most while importing (%s; %,d MB peak since it started)%n",
                peak / 1024, peakOfImport ? "its peak mark, reset before the import" : "the highest of the samples",
                memory(pid, "VmHWM") / 1024);
        return new Measured(format, batch, records, stored, searchable, peak, peakOfImport);
    }

    /**
     * Resets the kernel's peak-resident mark of the process ({@code echo 5 > /proc/PID/clear_refs}), so that its
     * {@code VmHWM} is the peak from now on; false when the kernel does not allow it (another user's process).
     */
    private static boolean resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Copies the batch's documents into a file of bulk lines, then times their _bulk into a fresh index. */
    private static double rawBulk(String es, String batch, long records, Path work) throws Exception {
        JsonNode aliased = JSON.readTree(ElasticsearchHttp.send("GET", es + "/_alias/" + ALIAS, null, 200));
        String source = aliased.fieldNames().next();
        JsonNode mapping = JSON.readTree(ElasticsearchHttp.send("GET", es + "/" + source + "/_mapping", null, 200)).get(source).get("mappings");
        Path lines = work.resolve("bench-import-bulk.ndjson");
        long documents = 0;
        String pit = JSON.readTree(ElasticsearchHttp.send("POST", es + "/" + source + "/_pit?keep_alive=2m", null, 200)).get("id").asText();
        try (BufferedWriter out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            JsonNode after = null;
            while (true) {
                ObjectNode page = JSON.createObjectNode();
                page.putObject("pit").put("id", pit).put("keep_alive", "2m");
                page.put("size", 5000);
                page.putObject("query").putObject("term").put("importBatch.keyword", batch);
                page.putArray("sort").addObject().put("_shard_doc", "asc");
                if (after != null) {
                    page.set("search_after", after);
                }
                JsonNode hits = JSON.readTree(ElasticsearchHttp.send("POST", es + "/_search", page.toString(), 200)).get("hits").get("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (JsonNode hit : hits) {
                    out.write(JSON.createObjectNode().set("index", JSON.createObjectNode().put("_id", hit.get("_id").asText()))
                            .toString());
                    out.write('\n');
                    out.write(hit.get("_source").toString());
                    out.write('\n');
                    documents++;
                }
                after = hits.get(hits.size() - 1).get("sort");
            }
        }
        ElasticsearchHttp.send("DELETE", es + "/_pit", JSON.createObjectNode().put("id", pit).toString(), 200);
        if (documents != records) {
            throw new IllegalStateException("read back " + documents + " of " + records + " documents");
        }

        String scratch = "bench-import-raw-bulk";
        HTTP.send(ElasticsearchHttp.elasticsearch(es + "/" + scratch).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        ObjectNode create = JSON.createObjectNode();
        // The live index's settings: its shards, replicas and refresh interval.
        JsonNode live = JSON.readTree(ElasticsearchHttp.send("GET", es + "/" + source + "/_settings", null, 200)).get(source).get("settings").get("index");
        create.putObject("settings").put("number_of_shards", live.get("number_of_shards").asInt())
                .put("number_of_replicas", live.get("number_of_replicas").asInt())
                .put("refresh_interval", live.path("refresh_interval").asText("1s"));
        create.set("mappings", mapping);
        ElasticsearchHttp.send("PUT", es + "/" + scratch, create.toString(), 200);
        long start = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(lines, StandardCharsets.UTF_8)) {
            StringBuilder bulk = new StringBuilder();
            int inBulk = 0;
            String line;
            while ((line = in.readLine()) != null) {
                bulk.append(line).append('\n').append(in.readLine()).append('\n');
                if (++inBulk == BULK_BATCH) {
                    bulk(es, scratch, bulk);
                    bulk.setLength(0);
                    inBulk = 0;
                }
            }
            if (inBulk > 0) {
                bulk(es, scratch, bulk);
            }
        }
        ElasticsearchHttp.send("POST", es + "/" + scratch + "/_refresh", null, 200);
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = JSON.readTree(ElasticsearchHttp.send("GET", es + "/" + scratch + "/_count", null, 200)).get("count").asLong();
        if (count != documents) {
            throw new IllegalStateException("the raw _bulk stored " + count + " of " + documents + " documents");
        }
        ElasticsearchHttp.send("DELETE", es + "/" + scratch, null, 200);
        Files.delete(lines);
        System.out.printf("Raw _bulk of the same %,d documents: %.1f s (batches of %d, one at a time, read from a file)%n",
                documents, seconds, BULK_BATCH);
        return documents / seconds;
    }

    private static void bulk(String es, String index, StringBuilder body) throws Exception {
        JsonNode answer = JSON.readTree(ElasticsearchHttp.send("POST", es + "/" + index + "/_bulk", body.toString(), 200));
        if (answer.get("errors").asBoolean()) {
            throw new IllegalStateException("the raw _bulk had errors: " + answer.toString().substring(0, 500));
        }
    }

    /** A line of /proc/PID/status in kB (VmRSS now, VmHWM the peak). */
    private static long memory(long pid, String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no " + field + " for process " + pid);
    }

    private static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        ElasticsearchHttp.check(response, 200, url);
        return response.body();
    }

    /** A token of the operator client (client credentials). */
    private static String token(String keycloak, String secret) throws Exception {
        return ElasticsearchHttp.token(keycloak, "grant_type=client_credentials&client_id=interdict-operator&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8), "the operator's token");
    }
}
