package org.interdict.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operators' commands against a running instance, as the operator client (client credentials):
 *
 * <ul>
 * <li>{@code reindex}: starts a rebuild of the search indices and follows it to the end, printing
 * records done, rate and ETA once a second ({@code ./interdict reindex});</li>
 * <li>{@code import FILE [MAPPING]}: imports a customs CSV file and follows the import, printing
 * lines read, stored, refused and already held, and the rate ({@code ./interdict import});</li>
 * <li>waiting until the search outbox is drained, which the benchmarks and the demo's trade import do first.</li>
 * </ul>
 */
public final class Operator {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Operator() {
    }

    static void reindex(String api, String keycloak, String client, String secret) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http, keycloak, client, secret);
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(api + "/admin/search/rebuilds"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            System.err.println("The rebuild did not start (" + started.statusCode() + "): " + started.body());
            System.exit(1);
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        System.out.println("Rebuild " + number(started.body(), "id") + " started: " + location);
        long startedAt = System.nanoTime();
        while (true) {
            Thread.sleep(1000);
            if (System.nanoTime() - startedAt > 240_000_000_000L) {
                token = token(http, keycloak, client, secret);
                startedAt = System.nanoTime();
            }
            HttpResponse<String> progress = http.send(HttpRequest.newBuilder(URI.create(location))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            String body = progress.body();
            RunStatus status = RunStatus.of(text(body, "status"));
            System.out.printf("  %-8s %s of %s records (%s%%), %s records/s, ETA %s s%n", status, number(body, "done"),
                    number(body, "total"), number(body, "percent"), number(body, "recordsPerSecond"), number(body, "etaSeconds"));
            if (status != RunStatus.RUNNING) {
                if (status == RunStatus.DONE) {
                    System.out.println("Done: search now answers from the rebuilt indices.");
                    return;
                }
                System.err.println("The rebuild failed: " + text(body, "error") + " (search still answers from the previous indices)");
                System.exit(1);
            }
        }
    }

    static void importFile(String api, String keycloak, String client, String secret, Path file, String mapping)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http, keycloak, client, secret);
        String query = "?name=" + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)
                + (mapping.isBlank() ? "" : "&mapping=" + URLEncoder.encode(mapping, StandardCharsets.UTF_8));
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(api + "/imports" + query))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            System.err.println("The import did not start (" + started.statusCode() + "): " + started.body());
            System.exit(1);
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        String delimiter = text(started.body(), "delimiter");
        System.out.println("Import started: " + location + " (" + text(started.body(), "encoding")
                + (delimiter == null || delimiter.isEmpty() || "null".equals(delimiter) ? "" : ", delimiter '" + delimiter + "'") + ")");
        while (true) {
            Thread.sleep(1000);
            token = token(http, keycloak, client, secret);
            String body = http.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            RunStatus status = RunStatus.of(text(body, "status"));
            System.out.printf("  %-8s %s lines read: %s stored, %s refused, %s already held; %s lines/s%n", status,
                    number(body, "linesRead"), number(body, "stored"), number(body, "rejected"), number(body, "duplicates"),
                    number(body, "linesPerSecond"));
            if (status != RunStatus.RUNNING) {
                if (status == RunStatus.DONE) {
                    System.out.println("Done. Refused lines and their reasons: " + location + "/rejections.csv");
                    return;
                }
                System.err.println("The import failed: " + text(body, "error"));
                System.exit(1);
            }
        }
    }

    /**
     * Waits until the search outbox has nothing pending (parked entries aside) or the time is up, printing
     * what is left every ten seconds; returns whether it drained.
     */
    static boolean awaitOutbox(String api, String keycloak, String client, String secret, int seconds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long lastPrint = System.nanoTime();
        while (true) {
            String token = token(http, keycloak, client, secret);
            HttpResponse<String> outbox = http.send(HttpRequest.newBuilder(URI.create(api + "/admin/search/outbox"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (outbox.statusCode() != 200) {
                throw new IllegalStateException("GET /api/admin/search/outbox answered " + outbox.statusCode() + ": " + outbox.body());
            }
            String pending = number(outbox.body(), "pending");
            if ("0".equals(pending)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.println("  search outbox: " + pending + " changes still to index…");
            }
            Thread.sleep(1000);
        }
    }

    /** Whether the operator client's agency has any import yet ({@code GET /api/imports}). */
    static boolean anyImport(String api, String keycloak, String client, String secret) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> imports = http.send(HttpRequest.newBuilder(URI.create(api + "/imports"))
                .header("Authorization", "Bearer " + token(http, keycloak, client, secret)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (imports.statusCode() != 200) {
            throw new IllegalStateException("GET /api/imports answered " + imports.statusCode() + ": " + imports.body());
        }
        return !imports.body().strip().equals("[]");
    }

    /** A demo user's access token (password grant of the public client interdict-cli). */
    static String userToken(HttpClient http, String keycloak, String user, String password) throws Exception {
        String form = "grant_type=password&client_id=interdict-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/interdict/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for " + user + ": " + response.body());
        }
        return token.group(1);
    }

    private static String token(HttpClient http, String keycloak, String client, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(keycloak + "/realms/interdict/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused the operator client (" + response.statusCode() + "): "
                    + response.body() + "\nAn instance created before the operator client existed needs ./interdict reset.");
        }
        return token.group(1);
    }

    private static String number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?[0-9.Ee+]+|null)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
