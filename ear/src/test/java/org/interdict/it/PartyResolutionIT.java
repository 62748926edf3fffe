package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The names in imported declarations resolved to the agency's parties, and the views of a party's
 * trade, against the real stack. Names are coined fresh for every run from syllables that have a
 * Cyrillic twin, so that earlier runs' parties never answer.
 */
class PartyResolutionIT extends BlackBoxIT {

    private static final String[] LATIN = {"ka", "ro", "vi", "ne", "ta", "lo", "mi", "su", "de", "ran", "tor", "vel"};
    private static final String[] CYRILLIC = {"ка", "ро", "ви", "не", "та", "ло", "ми", "су", "де", "ран", "тор", "вел"};

    private final Random random = new Random();

    @Test
    void namesWithATypoInCyrillicOrWithARegistryNumberAreLinkedCloseOnesProposedAndNewOnesCreated() throws SQLException {
        Word a1 = word();
        Word a2 = word();
        Word b = word();
        Word c1 = word();
        Word c2 = word();
        String inn = inn();
        UUID exporter = api.party("alice", a1.latin + " " + a2.latin + " Co., Ltd.", "CN");
        UUID consignee = UUID.fromString(api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", b.latin + " LLC",
                "country", "RU", "identifiers", List.of(Map.of("type", "INN", "value", inn, "country", "RU"))))
                .post("/parties").then().statusCode(201).extract().path("id"));
        SearchIndexProbe.awaitSearchable(exporter.toString(), null);
        SearchIndexProbe.awaitSearchable(consignee.toString(), null);

        String d = "R-" + UUID.randomUUID();
        String typo = typo(a1.latin) + " " + a2.latin + " Co., Ltd.";
        String cyrillicExporter = "«" + a1.cyrillic + " " + a2.cyrillic + "»";
        String cyrillicConsignee = "ООО «" + b.cyrillic + "»";
        String byInn = "ООО «Совсем Другое Имя» ИНН " + inn;
        String close = a1.latin + " " + a2.latin + " Mariner";
        String closeToo = a1.latin + " " + a2.latin + " Vostok";
        String fresh = c1.latin + " " + c2.latin + " Mining";
        String freshTypo = c1.latin + " " + typo(c2.latin) + " Mining";
        String csv = TradeFiles.header()
                + line(d, 1, typo, cyrillicConsignee, "CN")
                + line(d, 2, cyrillicExporter, byInn, "CN")
                + line(d, 3, close, b.latin + " LLC", "CN")
                + line(d, 4, closeToo, b.latin + " LLC", "CN")
                + line(d, 5, fresh, b.latin + " LLC", "CN")
                + line(d, 6, freshTypo, b.latin + " LLC", "CN");
        assertEquals(6, number(importAndWait(csv), "stored"));

        assertEquals(exporter, party(d, 1, "exporter"), "a typo in the exporter's name");
        assertEquals(consignee, party(d, 1, "consignee"), "the consignee written in Cyrillic");
        assertEquals(exporter, party(d, 2, "exporter"), "the exporter written in Cyrillic");
        assertEquals(consignee, party(d, 2, "consignee"), "another name, the same INN");
        assertNull(party(d, 3, "exporter"), "a close name waits for an analyst");
        assertNull(party(d, 4, "exporter"), "a close name waits for an analyst");
        UUID created = party(d, 5, "exporter");
        assertNotNull(created, "a name nothing matches gets a party");
        assertNotEquals(exporter, created);
        assertEquals(created, party(d, 6, "exporter"), "a typo of a name created moments ago in the same import");
        JsonPath createdParty = api.as("alice").get("/parties/" + created).then().statusCode(200).extract().jsonPath();
        assertEquals(fresh, createdParty.getString("primaryName"));
        assertEquals("CN", createdParty.getString("country"));
        assertEquals(List.of("EXPORTER"), createdParty.getList("tradeRoles"));

        // The analyst's queue: the close names with the party they may be and why.
        Map<String, Object> proposal = proposal(close);
        assertEquals(exporter.toString(), proposal.get("candidate"));
        assertEquals(1, ((Number) proposal.get("records")).intValue());
        assertTrue(((Number) proposal.get("score")).doubleValue() >= 0.75 && ((Number) proposal.get("score")).doubleValue() < 0.9,
                proposal.toString());
        assertTrue(String.valueOf(proposal.get("evidence")).contains("in both"), proposal.toString());
        assertTrue(api.as("olga").get("/trade/name-proposals?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("items.name").stream().noneMatch(close::equals), "another authority does not see ECA's names");
        api.as("erik").post("/trade/name-proposals/" + proposal.get("id") + "/confirmation").then().statusCode(403);
        api.as("olga").post("/trade/name-proposals/" + proposal.get("id") + "/confirmation").then().statusCode(404);

        Response confirmed = api.as("alice").post("/trade/name-proposals/" + proposal.get("id") + "/confirmation");
        assertEquals(200, confirmed.statusCode(), confirmed.asString());
        assertEquals("CONFIRMED", confirmed.jsonPath().getString("status"));
        assertEquals(exporter, party(d, 3, "exporter"));
        Response again = api.as("carla").post("/trade/name-proposals/" + proposal.get("id") + "/rejection");
        assertEquals(409, again.statusCode(), again.asString());

        Map<String, Object> other = proposal(closeToo);
        Response rejected = api.as("carla").post("/trade/name-proposals/" + other.get("id") + "/rejection");
        assertEquals(200, rejected.statusCode(), rejected.asString());
        UUID own = UUID.fromString(rejected.jsonPath().getString("party"));
        assertEquals(own, party(d, 4, "exporter"));
        assertEquals(closeToo, api.as("alice").get("/parties/" + own).then().statusCode(200).extract().path("primaryName"));

        // A later import links the decided names at once and creates nothing new for them.
        String later = "R-" + UUID.randomUUID();
        assertEquals(3, number(importAndWait(TradeFiles.header() + line(later, 1, close, b.latin + " LLC", "CN")
                + line(later, 2, closeToo, b.latin + " LLC", "CN") + line(later, 3, fresh, b.latin + " LLC", "CN")), "stored"));
        assertEquals(exporter, party(later, 1, "exporter"));
        assertEquals(own, party(later, 2, "exporter"));
        assertEquals(created, party(later, 3, "exporter"));
        assertEquals(1, partiesNamed(fresh), "one party for the new name, however often it is imported");

        // Deleting a party unlinks its records, in the database and in the index.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> indexedWithExporter(own) == 2);
        Response read = api.as("alice").get("/parties/" + own);
        api.as("alice").header("If-Match", read.getHeader("ETag")).delete("/parties/" + own).then().statusCode(204);
        assertNull(party(later, 2, "exporter"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> indexedWithExporter(own) == 0);
    }

    /**
     * Companies of one city and one trade differ only in their brand: "Shenzhen Xinhao Logistics" is not
     * "Shenzhen Tianmu Logistics", in Latin letters or in Han characters, and an import neither links one
     * to the other nor proposes it; the same company written otherwise is still linked.
     */
    @Test
    void twoChineseCompaniesOfOneCityAndTradeAreNeitherLinkedNorProposedAsOne() throws SQLException {
        String known = pinyinBrand("");
        String other = pinyinBrand(known);
        String knownHan = hanBrand("");
        String otherHan = hanBrand(knownHan);
        UUID latin = api.party("alice", "Shenzhen " + known + " Logistics Co., Ltd.", "CN");
        UUID han = api.party("alice", "深圳市" + knownHan + "物流有限公司", "CN");
        SearchIndexProbe.awaitSearchable(latin.toString(), null);
        SearchIndexProbe.awaitSearchable(han.toString(), null);

        String d = "R-" + UUID.randomUUID();
        String sibling = "Shenzhen " + other + " Logistics Co Ltd";
        String hanSibling = "深圳市" + otherHan + "物流有限公司";
        String same = "SHENZHEN " + known.toUpperCase(java.util.Locale.ROOT) + " LOGISTICS LIMITED";
        assertEquals(3, number(importAndWait(TradeFiles.header() + line(d, 1, sibling, "Romashka LLC", "CN")
                + line(d, 2, hanSibling, "Romashka LLC", "CN") + line(d, 3, same, "Romashka LLC", "CN")), "stored"));

        UUID created = party(d, 1, "exporter");
        assertNotNull(created, "the sibling company gets a party of its own");
        assertNotEquals(latin, created);
        UUID createdHan = party(d, 2, "exporter");
        assertNotNull(createdHan, "the sibling company in Han characters gets a party of its own");
        assertNotEquals(han, createdHan);
        List<Object> proposed = api.as("alice").get("/trade/name-proposals?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items.name");
        assertTrue(!proposed.contains(sibling) && !proposed.contains(hanSibling), "neither is proposed as the other: " + proposed);
        assertEquals(latin, party(d, 3, "exporter"), "the same company in capitals with another legal form");
    }

    /** A brand of four pinyin syllables, none of them in {@code unlike}, fresh for every run. */
    private String pinyinBrand(String unlike) {
        String[] syllables = {"xin", "hao", "tian", "mu", "hua", "rui", "heng", "da", "jia", "long", "feng", "sheng", "kang",
                "yuan", "tai", "bao", "zhi", "chuang", "wei", "ye"};
        StringBuilder brand = new StringBuilder();
        while (brand.length() < 10) {
            String syllable = syllables[random.nextInt(syllables.length)];
            if (!unlike.toLowerCase(java.util.Locale.ROOT).contains(syllable)) {
                brand.append(syllable);
            }
        }
        return capital(brand.toString());
    }

    /** A brand of three Han characters none of which is in {@code unlike}, fresh for every run. */
    private String hanBrand(String unlike) {
        String characters = "鑫豪瑞恒达佳隆丰盛康源泰宝华天目智创威业";
        StringBuilder brand = new StringBuilder();
        while (brand.length() < 3) {
            char c = characters.charAt(random.nextInt(characters.length()));
            if (unlike.indexOf(c) < 0 && brand.indexOf(String.valueOf(c)) < 0) {
                brand.append(c);
            }
        }
        return brand.toString();
    }

    /** Trade records in the index whose exporter is the party. */
    private static int indexedWithExporter(UUID party) {
        return TestEnvironment.toElasticsearch().contentType("application/json")
                .body(Map.of("query", Map.of("term", Map.of("exporterParty", party.toString()))))
                .post(TestEnvironment.elasticsearchUrl() + "/interdict-trade-records/_search")
                .then().statusCode(200).extract().jsonPath().getInt("hits.total.value");
    }

    @Test
    void aPartysRiskViewAndTradeNetworkComeFromItsRecords() {
        Word e = word();
        Word i = word();
        Word c = word();
        Word k = word();
        UUID exporter = api.party("alice", e.latin + " Electronics Co., Ltd.", "CN");
        UUID intermediary = api.party("alice", i.latin + " Trading Limited", "HK");
        UUID consignee = api.party("alice", "ООО «" + c.cyrillic + "»", "RU");
        UUID other = api.party("alice", k.latin + " LLC", "KZ");
        for (UUID party : List.of(exporter, intermediary, consignee, other)) {
            SearchIndexProbe.awaitSearchable(party.toString(), null);
        }
        String d = "N-" + UUID.randomUUID();
        String exporterName = e.latin + " Electronics Co., Ltd.";
        String csv = TradeFiles.header()
                // Straight to Russia: microcircuits (tier 1) and a tier 2 item, flagged; horses, not.
                + row(d, 1, "2024-01-10", "854231", exporterName, "ООО «" + c.cyrillic + "»", "CN", "RU", "1000.00", "USD")
                + row(d, 2, "2024-01-10", "851762", exporterName, "ООО «" + c.cyrillic + "»", "CN", "RU", "500.00", "USD")
                + row(d, 3, "2024-02-05", "010121", exporterName, "ООО «" + c.cyrillic + "»", "CN", "RU", "70.00", "USD")
                // Through Hong Kong: to the intermediary (not flagged), and on from it to Russia (flagged).
                + row(d, 4, "2024-02-20", "854231", exporterName, i.latin + " Trading Limited", "CN", "HK", "2000.00", "USD")
                + row(d, 5, "2024-03-02", "854231", i.latin + " Trading Limited", "ООО «" + c.cyrillic + "»", "HK", "RU", "2100.00",
                        "USD")
                // To Kazakhstan in euros: counted, no USD value.
                + row(d, 6, "2024-03-15", "854231", exporterName, k.latin + " LLC", "CN", "KZ", "300.00", "EUR");
        assertEquals(6, number(importAndWait(csv), "stored"));

        JsonPath risk = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> api.as("alice").get("/parties/" + exporter + "/trade-risk").then().statusCode(200).extract().jsonPath(),
                        r -> r.getLong("all.shipments") == 5);
        // The 300 EUR of March 2024 at the shipped FRED rate of that month, 0.92 EUR per USD: 326.09 USD.
        assertEquals(3570.0 + 326.09, risk.getDouble("all.valueUsd"), 0.001);
        assertEquals(0, risk.getLong("all.withoutUsd"));
        assertEquals(2, risk.getLong("flagged.shipments"));
        assertEquals(1500.0, risk.getDouble("flagged.valueUsd"), 0.001);
        assertEquals(Map.of("1", 1000.0, "2", 500.0), Map.of(
                risk.getString("flaggedByTier[0].key"), risk.getDouble("flaggedByTier[0].valueUsd"),
                risk.getString("flaggedByTier[1].key"), risk.getDouble("flaggedByTier[1].valueUsd")));
        assertEquals(List.of("2024-01"), risk.getList("flaggedByMonth.key"));
        assertEquals(consignee.toString(), risk.getString("flaggedByCounterpart[0].party"));
        assertEquals("ООО «" + c.cyrillic + "»", risk.getString("flaggedByCounterpart[0].name"));
        assertEquals("CONSIGNEE", risk.getString("flaggedByCounterpart[0].role"));
        assertEquals(2, risk.getLong("flaggedByCounterpart[0].shipments"));

        JsonPath direct = api.as("alice").queryParam("depth", 1).get("/parties/" + exporter + "/trade-network")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, direct.getList("edges").size(), direct.prettify());
        assertEquals(4, direct.getList("nodes").size());
        JsonPath network = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> api.as("alice").queryParam("depth", 2).get("/parties/" + exporter + "/trade-network")
                        .then().statusCode(200).extract().jsonPath(), n -> n.getList("edges").size() == 4);
        assertEquals(List.of("INTERMEDIARY"), network.getList("nodes.find { it.party == '" + intermediary + "' }.roles"));
        assertEquals(i.latin + " Trading Limited", network.getString("nodes.find { it.party == '" + intermediary + "' }.name"));
        Map<String, Object> onward = network.getMap("edges.find { it.from == '" + intermediary + "' }");
        assertEquals(consignee.toString(), onward.get("to"));
        assertEquals(1, ((Number) onward.get("shipments")).intValue());
        assertEquals(1, ((Number) onward.get("flagged")).intValue());
        assertEquals(2100.0, ((Number) onward.get("valueUsd")).doubleValue(), 0.001);
        Map<String, Object> straight = network.getMap("edges.find { it.from == '" + exporter + "' && it.to == '" + consignee + "' }");
        assertEquals(3, ((Number) straight.get("shipments")).intValue());
        assertEquals(2, ((Number) straight.get("flagged")).intValue());
        assertEquals("2024-01-10", String.valueOf(straight.get("first")).substring(0, 10));
        assertEquals(Boolean.FALSE, network.get("truncated"));
        JsonPath capped = api.as("alice").queryParam("depth", 2).queryParam("maxEdges", 2)
                .get("/parties/" + exporter + "/trade-network").then().statusCode(200).extract().jsonPath();
        assertEquals(2, capped.getList("edges").size());
        assertEquals(Boolean.TRUE, capped.get("truncated"));

        api.as("olga").get("/parties/" + exporter + "/trade-risk").then().statusCode(404);
        Response tooDeep = api.as("alice").queryParam("depth", 9).get("/parties/" + exporter + "/trade-network");
        assertEquals(422, tooDeep.statusCode(), tooDeep.asString());
        assertTrue(tooDeep.jsonPath().getString("detail").contains("depth"), tooDeep.asString());
    }

    private Map<String, Object> proposal(String name) {
        List<Map<String, Object>> items = api.as("alice").get("/trade/name-proposals?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for " + name + " in " + items));
    }

    /** A word of five syllables, in Latin and Cyrillic letters. */
    private Word word() {
        StringBuilder latin = new StringBuilder();
        StringBuilder cyrillic = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            int at = random.nextInt(LATIN.length);
            latin.append(LATIN[at]);
            cyrillic.append(CYRILLIC[at]);
        }
        return new Word(capital(latin.toString()), capital(cyrillic.toString()));
    }

    private record Word(String latin, String cyrillic) {
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The word with one letter in the middle replaced. */
    private static String typo(String word) {
        int at = word.length() / 2;
        return word.substring(0, at) + (word.charAt(at) == 'x' ? 'q' : 'x') + word.substring(at + 1);
    }

    /** A valid ten-digit INN (organisations): nine random digits and their check digit. */
    private String inn() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder inn = new StringBuilder("77");
        while (inn.length() < 9) {
            inn.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (inn.charAt(i) - '0') * weights[i];
        }
        return inn.append(sum % 11 % 10).toString();
    }

    private static String line(String declaration, int item, String exporter, String consignee, String dispatch) {
        return row(declaration, item, "2024-03-01", "854231", exporter, consignee, dispatch, "RU", "1000.00", "USD");
    }

    private static String row(String declaration, int item, String date, String hs, String exporter, String consignee,
            String dispatch, String destination, String value, String currency) {
        return String.join(",", declaration, String.valueOf(item), date, hs, "Goods", quote(exporter), quote(consignee), "CN",
                dispatch, destination, value, currency, "10", "pcs", "2.5") + "\n";
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private Map<String, Object> importAndWait(String csv) {
        Response started = api.as("alice").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/imports");
        assertEquals(202, started.statusCode(), started.asString());
        String id = started.jsonPath().getString("batch.id");
        Map<String, Object> batch = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.as("alice").get("/imports/" + id).then().statusCode(200).extract().jsonPath()
                        .<String, Object>getMap("batch"), b -> !"RUNNING".equals(b.get("status")));
        assertEquals("DONE", batch.get("status"), batch.toString());
        return batch;
    }

    private static long number(Map<String, Object> batch, String field) {
        return ((Number) batch.get(field)).longValue();
    }

    private static UUID party(String declaration, int line, String role) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select " + role + "_party_id from trade_record "
                + "where declaration_number = ? and line_number = ?")) {
            q.setString(1, declaration);
            q.setInt(2, line);
            try (ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next(), declaration + " line " + line + " is not stored");
                return (UUID) rows.getObject(1);
            }
        }
    }

    private static long partiesNamed(String name) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select count(*) from party where primary_name = ?")) {
            q.setString(1, name);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD"));
    }
}
