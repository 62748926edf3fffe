package org.interdict.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The authorization matrix: every operation that the served OpenAPI document lists, called as every
 * demo caller of every agency with real tokens, on a fresh record of each releasability, against the
 * expectations in {@code authorization-matrix.txt}. An operation added later without a row fails the
 * test; for lists and exports, the record must appear exactly where the caller may see it.
 */
class AuthorizationMatrixIT extends BlackBoxIT {

    static final List<String> CALLERS = List.of("alice", "carla", "erik", "fiona", "olga", "oscar", "paula", Api.PARTNER_SYSTEM);

    /**
     * Request bodies of the operations that take one; {p2} is the fixture's second party, {evidence} a file
     * attached to the fixture's case by alice just before the call (a proposal must rely on evidence).
     */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/cases", "{\"title\":\"Matrix case\"}"),
            Map.entry("POST /api/parties", "{\"kind\":\"COMPANY\",\"primaryName\":\"Matrix party\"}"),
            Map.entry("PUT /api/cases/{reference}", "{\"title\":\"Matrix case, edited\"}"),
            Map.entry("PUT /api/cases/{reference}/assignee", "{\"assignee\":\"bruno\"}"),
            Map.entry("POST /api/cases/{reference}/notes", "{\"text\":\"Matrix note\"}"),
            Map.entry("POST /api/cases/{reference}/trade-records", "{\"tradeRecords\":[]}"),
            Map.entry("POST /api/cases/{reference}/tasks", "{\"title\":\"Matrix task\",\"assignee\":\"alice\"}"),
            Map.entry("PUT /api/cases/{reference}/tasks/{taskId}", "{\"title\":\"Matrix task, edited\",\"assignee\":\"alice\"}"),
            Map.entry("PUT /api/cases/{reference}/releasability", "{\"releasability\":\"SHARED\",\"agencies\":[\"PCU\"]}"),
            Map.entry("POST /api/cases/{reference}/proposal",
                    "{\"measure\":\"EXPORT_BAN\",\"legalBasis\":\"Art. 1\",\"statementOfReasons\":\"Matrix.\",\"evidence\":[\"{evidence}\"]}"),
            Map.entry("POST /api/cases/{reference}/decision", "{\"outcome\":\"APPROVED\",\"rationale\":\"Matrix.\"}"),
            Map.entry("POST /api/cases/{reference}/publication", "{}"),
            Map.entry("POST /api/cases/{reference}/closure", "{\"rationale\":\"Matrix.\"}"),
            Map.entry("PUT /api/parties/{id}", "{\"kind\":\"COMPANY\",\"primaryName\":\"Matrix party, edited\"}"),
            Map.entry("PUT /api/parties/{id}/releasability", "{\"releasability\":\"SHARED\",\"agencies\":[\"PCU\"]}"),
            Map.entry("POST /api/parties/{id}/relationships", "{\"kind\":\"CONTROLS\",\"to\":\"{p2}\"}"),
            Map.entry("POST /api/screen", "{\"name\":\"{name}\",\"threshold\":0.9}"),
            Map.entry("POST /api/saved-searches", "{\"name\":\"Matrix {random}\",\"query\":\"Matrix {random}\"}"),
            Map.entry("PUT /api/notifications/{id}/read", "{\"read\":true}"),
            Map.entry("PUT /api/trade/records/{id}/releasability", "{\"releasability\":\"SHARED\",\"agencies\":[\"PCU\"]}"),
            Map.entry("PUT /api/imports/{id}/releasability", "{\"releasability\":\"SHARED\",\"agencies\":[\"PCU\"]}"),
            Map.entry("PUT /api/evidence/{id}", "{\"name\":\"matrix-edited.pdf\",\"handlingMarking\":\"OFFICIAL\"}"),
            Map.entry("PUT /api/evidence/{id}/releasability", "{\"releasability\":\"SHARED\",\"agencies\":[\"PCU\"]}"),
            Map.entry("POST /api/imports", TradeFiles.header() + TradeFiles.line("M-{random}", 1, "Matrix exporter", "Matrix consignee",
                    "854231", "RU")),
            Map.entry("POST /api/imports/preview", TradeFiles.header() + TradeFiles.line("M-{random}", 1, "Matrix exporter",
                    "Matrix consignee", "854231", "RU")),
            Map.entry("PUT /api/imports/profiles/{name}", "{\"columns\":{\"hs_code\":\"Matrix code\"},\"currency\":\"RUB\"}"),
            // CFA francs of January 1999: no other test loads them; each upload replaces the rate with the same one.
            Map.entry("POST /api/admin/exchange-rates", "currency,month,units_per_usd,source\nXAF,1999-01,560.00,Matrix\n"));

    /** The month of the trade record of a TRADED fixture (its line's date is 2024-03-01). */
    static final String TRADE_MONTH = "2024-03";

    /**
     * The country of the sanctioned-destination rows: one no other test lists, so that listing it and
     * taking it off again changes no flag another test expects.
     */
    static final String MATRIX_COUNTRY = "AQ";

    /** Operations that read the search index, which follows the database within seconds. */
    static final Set<String> SEARCHING = Set.of("POST /api/screen", "GET /api/search", "GET /api/search/export.csv");

    /** One row of the matrix. */
    record Row(String operation, String fixture, String released, List<String> expected) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }
    }

    /**
     * The record a cell is called on.
     *
     * @param own a record of the caller's own (a saved search, a notification) or a rebuild: its id
     */
    record Fixture(String reference, UUID party, UUID secondParty, UUID relationship, UUID designation, String name,
            String own, UUID trade, UUID batch, UUID task) {

        Fixture(String reference, UUID party, UUID secondParty, UUID relationship, UUID designation, String name,
                String own, UUID trade, UUID batch) {
            this(reference, party, secondParty, relationship, designation, name, own, trade, batch, null);
        }

        Fixture(String reference, UUID party, UUID secondParty, UUID relationship, UUID designation, String name) {
            this(reference, party, secondParty, relationship, designation, name, null, null, null);
        }

        Fixture(String reference, UUID party, UUID secondParty, UUID relationship, UUID designation, String name, String own) {
            this(reference, party, secondParty, relationship, designation, name, own, null, null);
        }

        /** The text that marks the record in the answer of a list or export operation. */
        String marker(String operation) {
            if (own != null) {
                return own;
            }
            if (trade != null) {
                // The trade views count the record in its month (risk) and between its dates (network).
                return operation.contains("/trade-") ? TRADE_MONTH : trade.toString();
            }
            if (operation.equals("GET /api/parties") || SEARCHING.contains(operation) && designation == null) {
                return String.valueOf(party);
            }
            if (operation.startsWith("GET /api/parties/{id}/relationships")) {
                return String.valueOf(relationship);
            }
            return designation != null ? designation.toString() : String.valueOf(reference);
        }
    }

    /** The TRADED fixtures that reading operations share, by releasability: reading changes nothing. */
    private final Map<String, Fixture> tradedForReading = new java.util.HashMap<>();

    @Test
    void everyOperationAsEveryCallerOnEveryReleasability() throws IOException {
        List<Row> rows = rows();
        Set<String> documented = documentedOperations();
        Set<String> covered = new TreeSet<>();
        rows.forEach(row -> covered.add(row.operation()));

        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "Operations of the OpenAPI document without a row in authorization-matrix.txt: " + missing);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "Rows for operations the OpenAPI document does not list: " + stale);

        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Row row : rows) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String expected = row.expected().get(i);
                Fixture fixture = row.fixture().equals("TRADED") && row.method().equals("GET")
                        ? tradedForReading.computeIfAbsent(row.released(), released -> fixture("TRADED", released))
                        : fixture(row.fixture(), row.released());
                if (SEARCHING.contains(row.operation()) && fixture.trade() == null) {
                    // Search reads the index, a projection that follows the database within seconds.
                    if (fixture.designation() != null) {
                        SearchIndexProbe.awaitSearchable("interdict-designations", fixture.designation().toString(), null);
                    } else {
                        SearchIndexProbe.awaitSearchable(fixture.party().toString(), row.released().equals("SHARED") ? "PCU" : null);
                    }
                }
                Response response = call(row, caller, fixture);
                cells++;
                String problem = check(expected, response, fixture.marker(row.operation()));
                if (problem == null && fixture.trade() != null && row.operation().equals("GET /api/search")) {
                    problem = checkCounts(expected, response);
                }
                if (problem != null) {
                    failures.add(row.operation() + " on " + row.fixture() + "/" + row.released() + " as " + caller
                            + ": expected " + expected + ", " + problem);
                }
            }
        }
        System.out.printf("Authorization matrix: %d rows (%d operations) x %d callers = %d cells checked%n",
                rows.size(), covered.size(), CALLERS.size(), cells);
        assertEquals(List.of(), failures, failures.size() + " of " + cells + " cells failed");
    }

    private static String check(String expected, Response response, String marker) {
        int status = response.statusCode();
        boolean success = status >= 200 && status < 300;
        switch (expected) {
            case "ok" -> {
                return success ? null : "got " + status + " " + response.asString();
            }
            case "forbidden" -> {
                return status == 403 ? null : "got " + status + " " + response.asString();
            }
            case "hidden" -> {
                return status == 404 ? null : "got " + status + " " + response.asString();
            }
            case "ok+", "ok-" -> {
                if (!success) {
                    return "got " + status + " " + response.asString();
                }
                boolean present = response.asString().contains(marker);
                boolean wanted = expected.equals("ok+");
                return present == wanted ? null : (present ? "the record appears in the answer" : "the record is missing from the answer");
            }
            default -> throw new IllegalArgumentException("Unknown expectation '" + expected + "'");
        }
    }

    /**
     * A search for a TRADED fixture's trade record alone: the total and the facets count it exactly where
     * the caller may see it, and nowhere else.
     */
    private static String checkCounts(String expected, Response response) {
        long wanted = expected.equals("ok+") ? 1 : 0;
        long total = response.jsonPath().getLong("total");
        List<Integer> types = response.jsonPath().getList("facets.types.count");
        List<Integer> chapters = response.jsonPath().getList("facets.hsChapters.count");
        long typed = types == null ? 0 : types.stream().mapToLong(Integer::longValue).sum();
        long chaptered = chapters == null ? 0 : chapters.stream().mapToLong(Integer::longValue).sum();
        return total == wanted && typed == wanted && chaptered == wanted ? null
                : "total " + total + ", type facet " + typed + ", HS chapter facet " + chaptered + " where " + wanted + " was due";
    }

    private Response call(Row row, String caller, Fixture fixture) {
        String path = row.path();
        if (fixture.trade() != null) {
            path = path.replace("/trade/records/{id}", "/trade/records/" + fixture.trade())
                    .replace("/imports/{id}", "/imports/" + fixture.batch());
        }
        String profile = "Matrix " + UUID.randomUUID();
        if (row.operation().equals("DELETE /api/imports/profiles/{name}")) {
            // ECA's profile, made for this cell: another agency does not see it.
            api.as("alice").contentType("application/json").body(Map.of("columns", Map.of("hs_code", "Matrix code")))
                    .put("/imports/profiles/" + profile).then().statusCode(200);
        }
        path = path
                .replace("{name}", profile)
                .replace("{reference}", String.valueOf(fixture.reference()))
                .replace("{partyId}", String.valueOf(row.method().equals("PUT") ? fixture.secondParty() : fixture.party()))
                .replace("{relationshipId}", String.valueOf(fixture.relationship()))
                .replace("{taskId}", String.valueOf(fixture.task()))
                .replace("{country}", MATRIX_COUNTRY)
                .replace("{id}", fixture.own() != null ? fixture.own()
                        : String.valueOf(row.fixture().equals("DESIGNATED") ? fixture.designation() : fixture.party()))
                .replaceFirst("^/api", "");
        var request = api.as(caller).accept("application/json, text/csv, application/x-ndjson, application/pdf");
        String body = BODIES.get(row.operation());
        if (body != null && body.contains("{evidence}")) {
            body = body.replace("{evidence}", api.attachEvidence("alice", fixture.reference(), "matrix-evidence.txt"));
        }
        if (body != null) {
            request.body(body.replace("{p2}", String.valueOf(fixture.secondParty())).replace("{name}", String.valueOf(fixture.name()))
                    .replace("{random}", UUID.randomUUID().toString()));
        }
        if (row.operation().equals("POST /api/imports") || row.operation().equals("POST /api/imports/preview")
                || row.operation().equals("POST /api/admin/exchange-rates")) {
            request.contentType("text/csv");
        }
        if (row.operation().equals("PUT /api/imports/profiles/{name}")) {
            request.contentType("application/json");
        }
        if (row.operation().equals("GET /api/admin/exchange-rates")) {
            request.queryParam("currency", "EUR");
        }
        if (row.operation().equals("POST /api/cases/{reference}/evidence")) {
            request.contentType("application/octet-stream").queryParam("name", "matrix.pdf").body(EvidenceIT.pdf("Matrix " + UUID.randomUUID()));
        }
        if (SEARCHING.contains(row.operation()) && row.method().equals("GET")) {
            request.queryParam("q", "\"" + fixture.name() + "\"" + (fixture.trade() != null ? " type:trade_record" : ""));
        }
        if (row.operation().equals("GET /api/cases")) {
            request.queryParam("limit", 500);
        }
        if (row.operation().equals("GET /api/parties")) {
            request.queryParam("name", fixture.name());
        }
        if (row.operation().equals("GET /api/tasks/mine")) {
            request.queryParam("limit", 500);
        }
        if (row.operation().equals("GET /api/designations")) {
            request.queryParam("limit", 500);
        }
        return request.request(row.method(), path);
    }

    /** A fresh record for one cell: owned by ECA, in the state and releasability the row names. */
    private Fixture fixture(String state, String released) {
        switch (state) {
            case "NONE" -> {
                return new Fixture(null, null, null, null, null, "");
            }
            case "SAVED" -> {
                String saved = "Matrix " + UUID.randomUUID();
                String id = api.as("alice").body(Map.of("name", saved, "query", saved))
                        .post("/saved-searches").then().statusCode(201).extract().path("id");
                return new Fixture(null, null, null, null, null, "", id);
            }
            case "NOTIFIED" -> {
                return new Fixture(null, null, null, null, null, "", notification());
            }
            case "REBUILT" -> {
                return new Fixture(null, null, null, null, null, "", rebuild());
            }
            case "IMPORTED" -> {
                String csv = TradeFiles.header() + TradeFiles.line("M-" + UUID.randomUUID(), 1, "Matrix exporter", "Matrix consignee",
                        "854231", "RU") + "broken line\n";
                String id = api.as("alice").contentType("text/csv").body(csv).post("/imports").then().statusCode(202)
                        .extract().path("batch.id");
                return new Fixture(null, null, null, null, null, "", id);
            }
            case "NAMED" -> {
                return new Fixture(null, null, null, null, null, "", proposal());
            }
            case "EVIDENCED" -> {
                return evidenced(released);
            }
            case "TRADED" -> {
                // A trade record takes an import and the index to catch up: reads share one per releasability.
                return traded(released);
            }
            default -> {
                // a record of the case workflow, below
            }
        }
        String name = "Matrix " + UUID.randomUUID();
        UUID p1 = api.party("alice", name, "CN");
        UUID p2 = api.party("alice", name + " second", "HK");
        if (state.equals("PARTY")) {
            UUID relationship = UUID.fromString(api.as("alice").body(Map.of("kind", "OWNS", "to", p2.toString()))
                    .post("/parties/" + p1 + "/relationships").then().statusCode(201).extract().path("id"));
            if (released.equals("SHARED")) {
                for (UUID party : List.of(p1, p2)) {
                    api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                            .put("/parties/" + party + "/releasability").then().statusCode(200);
                }
            }
            return new Fixture(null, p1, p2, relationship, null, name);
        }
        String reference = api.openCase("alice", name, List.of(p1));
        UUID designation = null;
        switch (state) {
            case "OPEN", "TASKED" -> { }
            case "INVESTIGATING" -> api.as("alice").post("/cases/" + reference + "/investigation").then().statusCode(200);
            case "PROPOSED" -> api.investigateAndPropose("alice", reference);
            case "RETURNED" -> {
                api.investigateAndPropose("alice", reference);
                decide(reference, "RETURNED");
            }
            case "APPROVED" -> {
                api.investigateAndPropose("alice", reference);
                decide(reference, "APPROVED");
            }
            case "DESIGNATED" -> {
                api.investigateAndPropose("alice", reference);
                decide(reference, "APPROVED");
                designation = UUID.fromString(api.as("dmitri").body("{}").post("/cases/" + reference + "/publication")
                        .then().statusCode(201).extract().path("[0].id"));
            }
            default -> throw new IllegalArgumentException("Unknown fixture " + state);
        }
        if (released.equals("SHARED")) {
            api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                    .put("/cases/" + reference + "/releasability").then().statusCode(200);
        }
        UUID task = null;
        if (state.equals("TASKED")) {
            // Due long ago, so that it leads alice's queue (overdue first; among equals, the newest first).
            task = UUID.fromString(api.as("alice").body(Map.of("title", "Matrix task", "assignee", "alice", "dueDate", "2000-01-01"))
                    .post("/cases/" + reference + "/tasks").then().statusCode(201).extract().path("id"));
        }
        return new Fixture(reference, p1, p2, null, designation, name, null, null, null, task);
    }

    /** A notification of alice's: a saved search, then a party that matches it. */
    private String notification() {
        String word = "Matrixalert" + UUID.randomUUID().toString().replace("-", "");
        api.as("alice").body(Map.of("name", word, "query", word)).post("/saved-searches").then().statusCode(201);
        api.party("alice", word + " Trading", "CN");
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<Map<String, Object>> items = api.as("alice").get("/notifications?unread=true&limit=200").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            items.stream().filter(n -> String.valueOf(n.get("title")).contains(word)).findFirst()
                    .ifPresent(n -> id[0] = String.valueOf(n.get("id")));
            return id[0] != null;
        });
        return id[0];
    }

    /** A name proposal of ECA's: a party, then an import whose exporter's name is close to it but not close enough to link. */
    private String proposal() {
        StringBuilder words = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (words.length() < 16) {
            words.append((char) ('a' + random.nextInt(26)));
        }
        String name = "Matrix" + words.substring(0, 8) + " Q" + words.substring(8, 16);
        UUID party = api.party("alice", name + " Co., Ltd.", "CN");
        SearchIndexProbe.awaitSearchable(party.toString(), null);
        String written = name + " Mariner";
        String csv = TradeFiles.header() + "M-" + UUID.randomUUID() + ",1,2024-03-01,854231,Goods,\"" + written
                + "\",Matrix consignee,CN,CN,RU,1000.00,USD,10,pcs,2.5\n";
        String batch = api.as("alice").contentType("text/csv").body(csv).post("/imports").then().statusCode(202)
                .extract().path("batch.id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(api.as("alice").get("/imports/" + batch).then().statusCode(200).extract().path("batch.status")));
        List<Map<String, Object>> open = api.as("alice").get("/trade/name-proposals?limit=50").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return open.stream().filter(p -> written.equals(p.get("name"))).map(p -> String.valueOf(p.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for " + written + " in " + open));
    }

    /**
     * A trade record of ECA's with the row's releasability: a party of ECA shared with PCU (so that a
     * partner may open its trade views), then an import of one flagged line it exported to a new
     * consignee, the record found in search, and for SHARED the record shared with PCU by carla.
     */
    private Fixture traded(String released) {
        String name = "Matrix " + UUID.randomUUID();
        UUID party = api.party("alice", name, "CN");
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/parties/" + party + "/releasability").then().statusCode(200);
        SearchIndexProbe.awaitSearchable(party.toString(), "PCU");
        String csv = TradeFiles.header() + TradeFiles.line("M-" + UUID.randomUUID(), 1, name, "Matrix consignee " + UUID.randomUUID(),
                "854231", "RU");
        UUID batch = UUID.fromString(api.as("alice").contentType("text/csv").body(csv).post("/imports").then().statusCode(202)
                .extract().path("batch.id"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(api.as("alice").get("/imports/" + batch).then().statusCode(200).extract().path("batch.status")));
        String[] trade = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<Map<String, Object>> hits = api.as("alice").queryParam("q", "\"" + name + "\" type:trade_record").get("/search")
                    .then().statusCode(200).extract().jsonPath().getList("hits");
            hits.stream().findFirst().ifPresent(hit -> trade[0] = String.valueOf(hit.get("id")));
            return trade[0] != null;
        });
        if (released.equals("SHARED")) {
            api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                    .put("/trade/records/" + trade[0] + "/releasability").then().statusCode(200);
            SearchIndexProbe.awaitSearchable("interdict-trade-records", trade[0], "PCU");
        }
        return new Fixture(null, party, null, null, null, name, null, UUID.fromString(trade[0]), batch);
    }

    /**
     * An OPEN case of ECA with one evidence item (a small PDF) attached by alice; for SHARED, carla shares the
     * case and the item with PCU. The item's id is the fixture's own record, which lists must show.
     */
    private Fixture evidenced(String released) {
        String name = "Matrix " + UUID.randomUUID();
        UUID party = api.party("alice", name, "CN");
        String reference = api.openCase("alice", name, List.of(party));
        String id = api.as("alice").contentType("application/octet-stream").queryParam("name", "matrix.pdf")
                .body(EvidenceIT.pdf(name)).post("/cases/" + reference + "/evidence").then().statusCode(201)
                .extract().path("evidence.id");
        if (released.equals("SHARED")) {
            api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                    .put("/cases/" + reference + "/releasability").then().statusCode(200);
            api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                    .put("/evidence/" + id + "/releasability").then().statusCode(200);
        }
        return new Fixture(reference, party, null, null, null, name, id);
    }

    /** The latest search rebuild, after one has run to its end. */
    private String rebuild() {
        List<Integer> ids = api.as("fiona").get("/admin/search/rebuilds").then().statusCode(200).extract().jsonPath().getList("id");
        String id = ids.isEmpty()
                ? String.valueOf(api.as("fiona").post("/admin/search/rebuilds").then().statusCode(202).extract().<Integer>path("id"))
                : String.valueOf(ids.get(0));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                !"RUNNING".equals(api.as("fiona").get("/admin/search/rebuilds/" + id).then().statusCode(200).extract().path("status")));
        return id;
    }

    private void decide(String reference, String outcome) {
        api.as("dmitri").body(Map.of("outcome", outcome, "rationale", "Matrix fixture."))
                .post("/cases/" + reference + "/decision").then().statusCode(200);
    }

    private Set<String> documentedOperations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get(base + "openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (String line : text.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = java.util.Arrays.stream(line.split("\\|")).map(String::strip).toList();
                if (cells.size() != 3 + CALLERS.size()) {
                    throw new IllegalStateException("Malformed matrix row: " + line);
                }
                rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.subList(3, cells.size())));
            }
            return rows;
        }
    }
}
