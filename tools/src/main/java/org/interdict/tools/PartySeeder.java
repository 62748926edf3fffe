package org.interdict.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Seeds an instance with made-up companies through the API, as an analyst would record them
 * ({@code POST /api/parties}, so each gets its audit event and reaches search through the outbox):
 * parties shaped like those of export-control cases (a coined name, a line of business, a legal form, a
 * country, a trade role), a third with a Cyrillic alias. Party number {@code g} is the same company in
 * every run. Seeds until the analyst's agency holds the number asked for, so a second run adds only what
 * is missing; several requests at a time, a bounded number.
 */
final class PartySeeder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SYLLABLES = {"ka", "ro", "vi", "ne", "ta", "lo", "mi", "su", "de", "ran", "tor", "vel",
        "mar", "zen", "bor", "lin"};
    private static final String[] CYRILLIC = {"ка", "ро", "ви", "не", "та", "ло", "ми", "су", "де", "ран", "тор", "вел",
        "мар", "зен", "бор", "лин"};
    private static final String[] BUSINESS = {"Optics", "Electronics", "Precision", "Machinery", "Trading", "Logistics",
        "Components", "Systems", "Aero", "Marine", "Sensor", "Photonics", "Semiconductor", "Industrial", "Technology",
        "Engineering", "Supply", "Instruments", "Robotics", "Materials"};
    private static final String[] LEGAL_FORMS = {"LLC", "Ltd", "Co., Ltd.", "GmbH", "FZE", "JSC", "Limited", "LLP"};
    private static final String[] COUNTRIES = {"CN", "HK", "RU", "AE", "TR", "KZ", "AM", "UZ", "IR", "BY", "KG", "GE"};
    private static final String[] TRADE_ROLES = {"MANUFACTURER", "EXPORTER", "INTERMEDIARY", "CONSIGNEE"};

    private PartySeeder() {
    }

    /** Records parties as {@code user} until the user's agency holds {@code target}; prints the rate. */
    static void seed(String api, String keycloak, String user, String password, long target, int threads) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Supplier<String> token = new Tokens(http, keycloak, user, password);
        long held = held(http, api, token.get());
        if (held >= target) {
            System.out.printf("The agency of %s holds %,d parties already (%,d asked for): nothing to seed%n", user, held, target);
            return;
        }
        long wanted = target - held;
        System.out.printf("Seeding %,d parties through POST /api/parties as %s, %d at a time (the agency holds %,d)%n",
                wanted, user, threads, held);
        AtomicLong next = new AtomicLong(held + 1);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<?>[] workers = new Future<?>[threads];
            for (int i = 0; i < threads; i++) {
                workers[i] = pool.submit(() -> {
                    for (long g = next.getAndIncrement(); g <= target; g = next.getAndIncrement()) {
                        record(http, api, token.get(), party(g));
                        done.incrementAndGet();
                    }
                    return null;
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                for (Future<?> worker : workers) {
                    if (worker.isDone()) {
                        worker.get(); // a worker that failed ends the seeding with its error
                    }
                }
                System.out.printf("  %,d of %,d parties recorded, %,.0f parties/s%n", done.get(), wanted,
                        done.get() / seconds(start));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Seeded %,d parties in %.1f s: %,.0f parties/s through the API (%d requests at a time)%n",
                done.get(), seconds(start), done.get() / seconds(start), threads);
    }

    /** The parties the caller's agency holds: the total of {@code GET /api/parties}. */
    private static long held(HttpClient http, String api, String token) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(api + "/parties?limit=1"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        check(page, 200, "GET /api/parties");
        return JSON.readTree(page.body()).get("total").asLong();
    }

    private static void record(HttpClient http, String api, String token, ObjectNode party) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api + "/parties"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(party.toString())).build(), HttpResponse.BodyHandlers.ofString());
        check(created, 201, "POST /api/parties");
    }

    /** Party number g: the same made-up company in every run. */
    static ObjectNode party(long g) {
        SplittableRandom random = new SplittableRandom(0x42L * 0x9E3779B97F4A7C15L + g);
        int[] name = {random.nextInt(SYLLABLES.length), random.nextInt(SYLLABLES.length), random.nextInt(SYLLABLES.length)};
        String business = BUSINESS[random.nextInt(BUSINESS.length)];
        String legalForm = LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        boolean cyrillic = random.nextInt(3) == 0;
        ObjectNode party = JSON.createObjectNode();
        party.put("kind", "COMPANY").put("primaryName", coined(SYLLABLES, name) + " " + business + " " + legalForm)
                .put("country", country);
        if (cyrillic) {
            party.putArray("aliases").addObject().put("name", "ООО «" + coined(CYRILLIC, name) + "»").put("script", "Cyrillic")
                    .put("language", "ru");
        }
        party.putArray("tradeRoles").add(TRADE_ROLES[(int) (g % TRADE_ROLES.length)]);
        return party;
    }

    private static String coined(String[] syllables, int[] picks) {
        StringBuilder name = new StringBuilder();
        for (int pick : picks) {
            name.append(syllables[pick]);
        }
        return name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    private static double seconds(long start) {
        return Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    }

    private static void check(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** A user's access token, shared by the workers and renewed each minute (tokens live five). */
    private static final class Tokens implements Supplier<String> {
        private final HttpClient http;
        private final String form;
        private final String url;
        private String token;
        private long fetchedAt;

        Tokens(HttpClient http, String keycloak, String user, String password) {
            this.http = http;
            this.url = keycloak + "/realms/interdict/protocol/openid-connect/token";
            this.form = "grant_type=password&client_id=interdict-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        }

        @Override
        public synchronized String get() {
            if (token == null || System.nanoTime() - fetchedAt > 60_000_000_000L) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    check(response, 200, "the token endpoint");
                    JsonNode answer = JSON.readTree(response.body());
                    token = answer.get("access_token").asText();
                    fetchedAt = System.nanoTime();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return token;
        }
    }
}
