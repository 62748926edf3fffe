package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Importing customs CSV files through REST against the real stack. */
class TradeImportIT extends BlackBoxIT {

    @Test
    void badLinesAreReportedByNumberAndTheGoodOnesKept() {
        String d = "T-" + UUID.randomUUID();
        String csv = TradeFiles.header()
                + TradeFiles.line(d, 1, "Karovi Optics Ltd", "Silva LLC", "854231", "RU")
                + "only,three,fields\n"
                + TradeFiles.line(d, 2, "Karovi Optics Ltd", "Silva LLC", "854231", "RU").replace("2024-03-01", "2024-02-30")
                + TradeFiles.line(d, 3, "Karovi Optics Ltd", "Silva LLC", "854299", "RU")
                + TradeFiles.line(d, 4, "Karovi Optics Ltd", "Silva LLC", "851762", "KZ")
                + TradeFiles.line(d, 5, "Karovi Optics Ltd", "Silva LLC", "847150", "RU");
        Map<String, Object> batch = importAndWait(csv, "text/csv");
        assertEquals("DONE", batch.get("status"), batch.toString());
        assertEquals(6, number(batch, "linesRead"));
        assertEquals(3, number(batch, "stored"));
        assertEquals(3, number(batch, "rejected"));
        assertEquals(0, number(batch, "duplicates"));

        String report = api.as("alice").accept("text/csv").get("/imports/" + batch.get("id") + "/rejections.csv")
                .then().statusCode(200).extract().asString();
        List<String> lines = report.lines().toList();
        assertEquals("line,reason", lines.get(0));
        assertEquals(4, lines.size(), report);
        assertEquals("3,\"the line has 3 fields, the header has 15\"", lines.get(1));
        assertTrue(lines.get(2).startsWith("4,") && lines.get(2).contains("2024-02-30"), report);
        assertTrue(lines.get(3).startsWith("5,") && lines.get(3).contains("854299 does not exist"), report);
    }

    @Test
    void oneFileMixingGoodLinesWithOverLongNulBadlyEncodedAndWronglyTypedOnesStoresEveryGoodLineAndListsEveryBadOne()
            throws SQLException {
        String d = "T-" + UUID.randomUUID();
        String text = TradeFiles.header()
                + TradeFiles.line(d, 1, "ООО «Сильва»", "Karovi Optics Ltd", "854231", "RU")
                + TradeFiles.line(d, 2, "Karovi Optics Ltd", "Silva LLC", "854231", "RU").replace(",Goods,", "," + "x".repeat(2500) + ",")
                + TradeFiles.line(d, 3, "Karovi\u0000Optics Ltd", "Silva LLC", "854231", "RU")
                + TradeFiles.line(d, 4, "Karovi @ Optics Ltd", "Silva LLC", "854231", "RU")
                + TradeFiles.line(d, 5, "Karovi Optics Ltd", "Silva LLC", "854231", "RU").replace("1000.00", "12 apples")
                + TradeFiles.line(d, 6, "Karovi Optics Ltd", "Silva LLC", "854231", "RU").replace("2024-03-01", "2024-02-30")
                + TradeFiles.line(d, 7, "Шанхай Эйч Вин", "Silva LLC", "851762", "KZ")
                + TradeFiles.line(d, 8, "Karovi Optics Ltd", "Silva LLC", "847150", "RU");
        // A UTF-8 file with one invalid sequence: a lead byte followed by one that cannot continue it.
        byte[] before = text.substring(0, text.indexOf('@')).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(text.indexOf('@') + 1).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(before);
        file.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        file.writeBytes(after);

        Response started = api.as("alice").contentType("text/csv").body(file.toByteArray()).queryParam("name", "mixed.csv")
                .post("/imports");
        assertEquals(202, started.statusCode(), started.asString());
        assertEquals("UTF-8", started.jsonPath().getString("batch.encoding"));
        Map<String, Object> batch = awaitDone(started.jsonPath().getString("batch.id"));
        assertEquals("DONE", batch.get("status"), batch.toString());
        assertNull(batch.get("error"), batch.toString());
        assertEquals(8, number(batch, "linesRead"));
        assertEquals(3, number(batch, "stored"));
        assertEquals(5, number(batch, "rejected"));
        assertEquals(3, storedLines(d));
        assertEquals("ООО «Сильва»", record(d, 1).get("exporter_name"));
        record(d, 7);
        record(d, 8);

        Map<Long, String> refused = rejections(batch.get("id"));
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L), List.copyOf(refused.keySet()), refused.toString());
        assertEquals("goods_description is 2,500 characters long; at most 2,000 fit", refused.get(3L));
        assertEquals("exporter holds a control character (U+0000, NUL) at character 7; only tab is allowed", refused.get(4L));
        assertTrue(refused.get(5L).startsWith("exporter holds bytes that are not valid UTF-8 at character 8"), refused.get(5L));
        assertEquals("value '12 apples' is not a number of zero or more", refused.get(6L));
        assertTrue(refused.get(7L).startsWith("date '2024-02-30' is neither a date"), refused.get(7L));
        for (String reason : refused.values()) {
            String lower = reason.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("insert into") || lower.contains("error:") || lower.contains("trade_record"), reason);
        }
    }

    @Test
    void aHeaderOfTenThousandColumnsIsRefusedWithAShortAnswer() {
        StringBuilder header = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            header.append(i == 1 ? "" : ",").append("unknown_column_").append(i);
        }
        Response refused = api.as("alice").contentType("text/csv")
                .body((header + "\n1,2,3\n").getBytes(StandardCharsets.UTF_8)).post("/imports");
        assertEquals(422, refused.statusCode(), refused.asString());
        assertTrue(refused.asByteArray().length < 2048, refused.asByteArray().length + " bytes: " + refused.asString());
        String detail = refused.jsonPath().getString("detail");
        assertTrue(detail.contains("no column for date, hs_code"), detail);
        assertTrue(detail.contains("'unknown_column_10' … and 9,990 more"), detail);
    }

    @Test
    void theSameFileTwiceOrAnOverlappingOneStoresNothingTwice() {
        String d = "T-" + UUID.randomUUID();
        StringBuilder first = new StringBuilder(TradeFiles.header());
        for (int i = 1; i <= 5; i++) {
            first.append(TradeFiles.line(d, i, "Exporter " + i, "Consignee", "847180", "RU"));
        }
        assertEquals(5, number(importAndWait(first.toString(), "text/csv"), "stored"));
        Map<String, Object> again = importAndWait(first.toString(), "text/csv");
        assertEquals(0, number(again, "stored"));
        assertEquals(5, number(again, "duplicates"));

        StringBuilder overlapping = new StringBuilder(TradeFiles.header());
        for (int i = 4; i <= 7; i++) {
            overlapping.append(TradeFiles.line(d, i, "Exporter " + i, "Consignee", "847180", "RU"));
        }
        Map<String, Object> third = importAndWait(overlapping.toString(), "application/octet-stream");
        assertEquals(2, number(third, "stored"));
        assertEquals(2, number(third, "duplicates"));
        assertEquals(7, storedLines(d));
    }

    @Test
    void aWindows1251FileWithCyrillicNamesImportsCorrectlyAndIsSearchable() throws SQLException {
        String d = "10702030/" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Номер декларации;№ товара;Дата;Код ТН ВЭД;Описание товара;Отправитель;Получатель;Страна назначения;"
                + "Стоимость;Валюта\r\n"
                + d + ";1;05.03.2024;8542 31 000 0;Микроконтроллеры;Шанхай Эйч Вин;ООО «Сильва»;RU;1 234,50;CNY\r\n";
        Response started = api.as("alice").contentType("text/csv").body(text.getBytes(Charset.forName("windows-1251")))
                .queryParam("name", "декларации.csv").post("/imports");
        assertEquals(202, started.statusCode(), started.asString());
        assertEquals("windows-1251", started.jsonPath().getString("batch.encoding"));
        assertEquals(";", started.jsonPath().getString("batch.delimiter"));
        Map<String, Object> batch = awaitDone(started.jsonPath().getString("batch.id"));
        assertEquals(1, number(batch, "stored"), batch.toString());

        Map<String, String> stored = record(d, 1);
        assertEquals("ООО «Сильва»", stored.get("consignee_name"));
        assertEquals("Шанхай Эйч Вин", stored.get("exporter_name"));
        assertEquals("1234.50", stored.get("value"));
        assertEquals("1", stored.get("chp_tier"));
        assertEquals("true", stored.get("flagged"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                api.as("alice").queryParam("q", "\"" + d + "\" type:trade").get("/search").then().statusCode(200)
                        .extract().jsonPath().getLong("total") == 1);
        Response found = api.as("alice").queryParam("q", "Сильва tier:1 type:trade").queryParam("size", 200).get("/search");
        assertTrue(found.asString().contains(stored.get("id")), "a Cyrillic search finds the record: " + found.asString());
        assertEquals(0, api.as("olga").queryParam("q", "\"" + d + "\"").get("/search").then().statusCode(200)
                .extract().jsonPath().getLong("total"), "another authority finds none of ECA's trade records");
    }

    @Test
    void eachRecordGetsTheChpTierOfItsHsCodeAndListedGoodsToSanctionedDestinationsAreFlagged() throws SQLException {
        String d = "T-" + UUID.randomUUID();
        Map<String, String[]> expected = new HashMap<>();
        StringBuilder csv = new StringBuilder(TradeFiles.header());
        String[][] cases = {{"854231", "RU", "1", "true"}, {"851762", "BY", "2", "true"}, {"847150", "IR", "3.A", "true"},
            {"848210", "KZ", "3.B", "false"}, {"847180", "RU", "4.A", "true"}, {"845710", "TR", "4.B", "false"},
            {"010121", "RU", null, "false"}, {"8542.31.90.00", "AE", "1", "false"}};
        for (int i = 0; i < cases.length; i++) {
            csv.append(TradeFiles.line(d, i + 1, "Exporter", "Consignee", cases[i][0], cases[i][1]));
            expected.put(String.valueOf(i + 1), cases[i]);
        }
        assertEquals(cases.length, number(importAndWait(csv.toString(), "text/csv"), "stored"));
        for (Map.Entry<String, String[]> line : expected.entrySet()) {
            Map<String, String> stored = record(d, Integer.parseInt(line.getKey()));
            assertEquals(line.getValue()[2], stored.get("chp_tier"), "tier of " + line.getValue()[0]);
            assertEquals(line.getValue()[3], stored.get("flagged"), "flag of " + line.getValue()[0] + " to " + line.getValue()[1]);
        }
    }

    @Test
    void theSanctionedDestinationsAnAdministratorKeepsDecideTheFlagsOfTheNextImportAndEachChangeIsAudited() throws SQLException {
        // Bouvet Island: listed by no other test, so that listing it for a moment changes no flag they expect.
        String country = "BV";
        api.as("fiona").delete("/admin/sanctioned-destinations/" + country); // left over from an interrupted run, if any
        api.as("alice").put("/admin/sanctioned-destinations/" + country).then().statusCode(403);
        api.as("paula").get("/admin/sanctioned-destinations").then().statusCode(403);
        Response refused = api.as("fiona").put("/admin/sanctioned-destinations/ZZ");
        assertEquals(422, refused.statusCode(), refused.asString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.jsonPath().getString("detail").contains("ISO 3166"), refused.asString());

        api.as("fiona").put("/admin/sanctioned-destinations/" + country.toLowerCase(Locale.ROOT)).then().statusCode(201);
        api.as("fiona").put("/admin/sanctioned-destinations/" + country).then().statusCode(200);
        List<String> listed = api.as("erik").get("/admin/sanctioned-destinations").then().statusCode(200).extract().jsonPath()
                .getList("country");
        assertTrue(listed.containsAll(List.of("RU", "BY", "IR", "KP", "SY", country)), listed.toString());
        String listedThen = "T-" + UUID.randomUUID();
        importAndWait(TradeFiles.header() + TradeFiles.line(listedThen, 1, "Exporter", "Consignee", "854231", country), "text/csv");
        assertEquals("true", record(listedThen, 1).get("flagged"));

        api.as("fiona").delete("/admin/sanctioned-destinations/" + country).then().statusCode(204);
        api.as("fiona").delete("/admin/sanctioned-destinations/" + country).then().statusCode(404);
        String offTheList = "T-" + UUID.randomUUID();
        importAndWait(TradeFiles.header() + TradeFiles.line(offTheList, 1, "Exporter", "Consignee", "854231", country), "text/csv");
        assertEquals("false", record(offTheList, 1).get("flagged"));
        assertEquals("true", record(listedThen, 1).get("flagged"), "a record imported before the change keeps its flag");

        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select action, actor from audit_event "
                + "where target_type = 'sanctioned-destination' and target_id = ? order by id desc limit 2")) {
            q.setString(1, country);
            try (ResultSet rows = q.executeQuery()) {
                List<String> events = new java.util.ArrayList<>();
                while (rows.next()) {
                    events.add(rows.getString("action") + " by " + rows.getString("actor"));
                }
                assertEquals(List.of("SANCTIONED_DESTINATION_REMOVED by fiona", "SANCTIONED_DESTINATION_ADDED by fiona"), events);
            }
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAtOnce() {
        Response refused = api.as("alice").contentType("text/csv").body("a,b,c\n1,2,3\n").post("/imports");
        assertEquals(422, refused.statusCode(), refused.asString());
        assertTrue(refused.jsonPath().getString("detail").contains("no column for date, hs_code"), refused.asString());
        Response mapped = api.as("alice").contentType("text/csv").queryParam("mapping", "hs_code=Code,nonsense=X").body("a\n")
                .post("/imports");
        assertEquals(422, mapped.statusCode(), mapped.asString());
    }

    @Test
    void aStrayQuoteAnImpossibleDateOrAnUnknownCountrySpoilsOnlyItsOwnLine() {
        String d = "HQ" + UUID.randomUUID().toString().substring(0, 8);
        String file = TradeFiles.header()
                + TradeFiles.line(d + "-1", 1, "Quote Exporter Ltd", "Quote Consignee OOO", "854231", "RU")
                + d + "-2,1,2024-03-01,854231,\"unterminated,Quote Exporter Ltd,Quote Consignee OOO,CN,HK,RU,1000.00,USD,10,pcs,2.5\n"
                + TradeFiles.line(d + "-3", 1, "Quote Exporter Ltd", "Quote Consignee OOO", "854231", "RU")
                + TradeFiles.line(d + "-4", 1, "Quote Exporter Ltd", "Quote Consignee OOO", "854231", "RU").replace("2024-03-01", "31.02.2024")
                + TradeFiles.line(d + "-5", 1, "Quote Exporter Ltd", "Quote Consignee OOO", "854231", "ZZ")
                + TradeFiles.line(d + "-6", 1, "Quote Exporter Ltd", "Quote Consignee OOO", "854231", "RU");
        Map<String, Object> batch = importAndWait(file, "text/csv");
        assertEquals("DONE", batch.get("status"), batch.toString());
        assertEquals(3, number(batch, "stored"), batch.toString());
        assertEquals(3, number(batch, "rejected"), batch.toString());
        Map<Long, String> refused = rejections(batch.get("id"));
        assertEquals(List.of(3L, 5L, 6L), List.copyOf(refused.keySet()), refused.toString());
        assertTrue(refused.get(3L).contains("not closed on that line"), refused.get(3L));
        assertTrue(refused.get(5L).contains("31.02.2024"), refused.get(5L));
        assertTrue(refused.get(6L).contains("ISO 3166"), refused.get(6L));
    }

    /**
     * A vendor's extract: a preamble before the header, countries named in English and Russian or by
     * ISO-3 codes, NULL in empty cells, national tariff lines of 10 and 11 digits: every line stored, with
     * the ISO codes and the HS-6 subheading of its line; the same file again stores nothing twice.
     */
    @Test
    void aVendorsExtractWithAPreambleCountryNamesNullsAndNationalTariffLinesIsStoredWhole() throws SQLException {
        String d = "HV" + UUID.randomUUID().toString().substring(0, 8);
        String file = ",,,,,,,,,,,,,,\n,,,,DATA,,,,,,,,,,\n" + TradeFiles.header()
                + d + ",1,2024-03-01,8542319000,NULL,Vendor Exporter Ltd,Vendor Consignee OOO,CHINA,\"HONG KONG, CHINA\","
                + "RUSSIAN FEDERATION,1000.00,USD,NULL,N/A,-\n"
                + d + ",2,2024-03-01,85423100001,Chips,Vendor Exporter Ltd,Vendor Consignee OOO,КИТАЙ,CHN,ТУРЦИЯ,"
                + "4653.879999999999,USD,10,pcs,2.5\n";
        Map<String, Object> batch = importAndWait(file, "text/csv");
        assertEquals("DONE", batch.get("status"), batch.toString());
        assertEquals(2, number(batch, "stored"), batch.toString());
        assertEquals(0, number(batch, "rejected"), batch.toString());
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select line_number, hs_code, origin_country, "
                + "dispatch_country, destination_country, chp_tier from trade_record where declaration_number = ? order by line_number")) {
            q.setString(1, d);
            try (ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("8542319000", rows.getString("hs_code"));
                assertEquals(List.of("CN", "HK", "RU"), List.of(rows.getString("origin_country"), rows.getString("dispatch_country"),
                        rows.getString("destination_country")));
                assertEquals("1", rows.getString("chp_tier"), "the tier of the HS-6 subheading 854231");
                assertTrue(rows.next());
                assertEquals("85423100001", rows.getString("hs_code"), "an 11-digit line kept as written");
                assertEquals(List.of("CN", "CN", "TR"), List.of(rows.getString("origin_country"), rows.getString("dispatch_country"),
                        rows.getString("destination_country")));
            }
        }
        Map<String, Object> again = importAndWait(file, "text/csv");
        assertEquals(0, number(again, "stored"), again.toString());
        assertEquals(2, number(again, "duplicates"), again.toString());
    }

    private Map<String, Object> importAndWait(String csv, String type) {
        Response started = api.as("alice").contentType(type).body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/imports");
        assertEquals(202, started.statusCode(), started.asString());
        assertTrue(started.getHeader("Location").endsWith("/imports/" + started.jsonPath().getString("batch.id")));
        return awaitDone(started.jsonPath().getString("batch.id"));
    }

    private Map<String, Object> awaitDone(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.as("alice").get("/imports/" + id).then().statusCode(200).extract().jsonPath().<String, Object>getMap("batch"),
                        b -> !"RUNNING".equals(b.get("status")));
    }

    /** The import's refused lines from its report, by line number. */
    private Map<Long, String> rejections(Object batchId) {
        String report = api.as("alice").accept("text/csv").get("/imports/" + batchId + "/rejections.csv")
                .then().statusCode(200).extract().asString();
        List<String> lines = report.lines().toList();
        assertEquals("line,reason", lines.get(0));
        Map<Long, String> reasons = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.indexOf(',');
            String reason = line.substring(comma + 1);
            if (reason.startsWith("\"")) {
                reason = reason.substring(1, reason.length() - 1).replace("\"\"", "\"");
            }
            reasons.put(Long.parseLong(line.substring(0, comma)), reason);
        }
        return reasons;
    }

    private static long number(Map<String, Object> batch, String field) {
        return ((Number) batch.get(field)).longValue();
    }

    private static long storedLines(String declaration) {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement(
                "select count(*) from trade_record where declaration_number = ?")) {
            q.setString(1, declaration);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> record(String declaration, int line) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select id, exporter_name, consignee_name, "
                + "value, chp_tier, flagged from trade_record where declaration_number = ? and line_number = ?")) {
            q.setString(1, declaration);
            q.setInt(2, line);
            try (ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next(), declaration + " line " + line + " is not stored");
                Map<String, String> values = new HashMap<>();
                for (String column : List.of("id", "exporter_name", "consignee_name", "value", "chp_tier", "flagged")) {
                    values.put(column, rows.getString(column));
                }
                values.put("flagged", String.valueOf(rows.getBoolean("flagged")));
                return values;
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD"));
    }
}
