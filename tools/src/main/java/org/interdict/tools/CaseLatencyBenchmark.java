package org.interdict.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the REST API against a running stack: opening a case, and a workflow transition
 * (OPEN -> INVESTIGATING), each measured over N sequential calls after a warm-up. Prints median,
 * p95, p99 and the rate. Run through {@code ./interdict bench [N]} ({@code tools/run bench [N]}).
 */
public final class CaseLatencyBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"(ICT-[0-9-]+)\"");
    private static final int WARM_UP = 50;

    private CaseLatencyBenchmark() {
    }

    static void run(String api, String keycloak, String user, String password, int calls) throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        String token = Operator.userToken(http, keycloak, user, password);
        long tokenAt = System.nanoTime();
        List<String> references = new ArrayList<>();
        List<Long> create = new ArrayList<>();
        List<Long> transition = new ArrayList<>();

        for (int i = 0; i < WARM_UP + calls; i++) {
            if (System.nanoTime() - tokenAt > 120_000_000_000L) {
                token = Operator.userToken(http, keycloak, user, password);
                tokenAt = System.nanoTime();
            }
            String body = "{\"title\":\"Benchmark case " + i + "\",\"priority\":\"LOW\",\"tags\":[\"benchmark\"]}";
            long start = System.nanoTime();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api + "/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /cases answered " + created.statusCode() + ": " + created.body());
            }
            Matcher reference = REFERENCE.matcher(created.body());
            if (!reference.find()) {
                throw new IllegalStateException("no reference in " + created.body());
            }
            if (i >= WARM_UP) {
                create.add(elapsed);
                // The case's version from its ETag: a workflow step is made from the version the client read.
                references.add(reference.group(1) + " " + created.headers().firstValue("ETag").orElse("\"0\""));
            }
        }
        for (String opened : references) {
            String reference = opened.substring(0, opened.indexOf(' '));
            String etag = opened.substring(opened.indexOf(' ') + 1);
            long start = System.nanoTime();
            HttpResponse<String> moved = http.send(HttpRequest.newBuilder(URI.create(api + "/cases/" + reference + "/investigation"))
                    .header("Authorization", "Bearer " + token).header("If-Match", etag).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            transition.add(System.nanoTime() - start);
            if (moved.statusCode() != 200) {
                throw new IllegalStateException("POST investigation answered " + moved.statusCode() + ": " + moved.body());
            }
        }
        report("open a case (POST /api/cases)", create);
        report("transition OPEN -> INVESTIGATING", transition);
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double total = nanos.stream().mapToLong(Long::longValue).sum() / 1e9;
        System.out.printf("%-36s n=%d  median %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  (%.0f calls/s sequential)%n",
                what, sorted.size(), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                ms(sorted.get(sorted.size() - 1)), sorted.size() / total);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

}
