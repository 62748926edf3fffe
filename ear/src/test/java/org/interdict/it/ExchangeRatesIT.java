package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Exchange rates as reference data through REST against the real stack: loaded by administrators, audited, listed. */
class ExchangeRatesIT extends BlackBoxIT {

    /** Rates read as written, not as floats. */
    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    /**
     * Two months of their own for each test: rouble rates of months before FRED's first (1971), which no
     * other test loads, drawn at random so that a second run does not find its own rates of the first.
     */
    private static YearMonth someMonth() {
        return YearMonth.of(1900, 1).plusMonths(ThreadLocalRandom.current().nextInt(12 * 70 - 1));
    }

    @Test
    void anAdministratorLoadsRoubleRatesWhichAreListedNewestFirstAndEachUploadIsAuditedWithWhatItReplaced() throws SQLException {
        YearMonth march = someMonth();
        YearMonth april = march.plusMonths(1);
        String csv = "currency,month,units_per_usd\nRUB," + march + ",91.83\nrub," + april.atDay(1) + ",92.10\n";
        Response loaded = api.as("fiona").contentType("text/csv").queryParam("source", "Bank of Russia")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/admin/exchange-rates");
        assertEquals(200, loaded.statusCode(), loaded.asString());
        assertEquals(2, loaded.jsonPath().getInt("count"));
        assertEquals(List.of("RUB"), loaded.jsonPath().getList("currencies"));
        assertEquals(List.of("Bank of Russia"), loaded.jsonPath().getList("sources"));

        // The same month again, as a form's file part with its source as a form field: it replaces the first.
        Response replaced = api.as("fiona").contentType("multipart/form-data")
                .multiPart("file", "rub.csv", ("currency,month,units_per_usd\nRUB," + april + ",92.37\n")
                        .getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("source", "Bank of Russia (revised)").post("/admin/exchange-rates");
        assertEquals(200, replaced.statusCode(), replaced.asString());
        assertEquals(1, replaced.jsonPath().getInt("count"));
        assertEquals(1, replaced.jsonPath().getInt("replaced"));

        List<Map<String, Object>> rates = api.as("alice").queryParam("currency", "RUB").queryParam("limit", 500)
                .get("/admin/exchange-rates").then().statusCode(200).extract().jsonPath().using(DECIMALS).getList("items");
        Map<String, Object> aprilRate = rates.stream().filter(r -> april.toString().equals(r.get("month"))).findFirst().orElseThrow();
        assertEquals("92.37", ((java.math.BigDecimal) aprilRate.get("unitsPerUsd")).toPlainString());
        assertEquals("Bank of Russia (revised)", aprilRate.get("source"));
        assertEquals("fiona", aprilRate.get("loadedBy"));
        assertTrue(rates.indexOf(aprilRate) < rates.indexOf(rates.stream().filter(r -> march.toString().equals(r.get("month")))
                .findFirst().orElseThrow()), "newest first");

        List<Map<String, Object>> currencies = api.as("fiona").get("/admin/exchange-rates/currencies").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> rub = currencies.stream().filter(c -> "RUB".equals(c.get("currency"))).findFirst().orElseThrow();
        assertTrue(((List<?>) rub.get("sources")).contains("Bank of Russia (revised)"), rub.toString());

        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select actor, details from audit_event "
                + "where action = 'EXCHANGE_RATES_LOADED' and target_type = 'exchange-rates' and target_id = 'RUB' "
                + "order by id desc limit 1")) {
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                assertEquals("fiona", row.getString("actor"));
                String details = row.getString("details");
                assertTrue(details.contains("\"replacedCount\":1"), details);
                assertTrue(details.contains("RUB " + april + ": 92.10 per USD from Bank of Russia, loaded by fiona"), details);
                assertTrue(details.contains("\"months\":[\"" + april + "\"]"), details);
            }
        }
    }

    @Test
    void anAnalystMayNotLoadRatesAndAPartnerMayNotReadThem() throws SQLException {
        YearMonth month = someMonth();
        Response refused = api.as("alice").contentType("text/csv").queryParam("source", "Bank of Russia")
                .body("currency,month,units_per_usd\nRUB," + month + ",91.83\n").post("/admin/exchange-rates");
        assertEquals(403, refused.statusCode(), refused.asString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(0, stored("RUB", month));
        api.as("paula").queryParam("currency", "RUB").get("/admin/exchange-rates").then().statusCode(403);
        api.as("paula").get("/admin/exchange-rates/currencies").then().statusCode(403);
    }

    @Test
    void aFileWithABadLineIsRefusedWithEachBadLineByNumberAndNothingOfItIsStored() throws SQLException {
        YearMonth month = someMonth();
        String csv = "currency,month,units_per_usd\n"
                + "RUB," + month + ",91.83\n"
                + "RUB," + month.plusMonths(1) + ",\"91,83\"\n"
                + "KZT,13/2024,449.5\n";
        Response refused = api.as("fiona").contentType("text/csv").queryParam("source", "Bank of Russia").body(csv)
                .post("/admin/exchange-rates");
        assertEquals(422, refused.statusCode(), refused.asString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(List.of(3, 4), refused.jsonPath().getList("lines.line"));
        assertEquals(2, refused.jsonPath().getInt("badLines"));
        assertTrue(refused.jsonPath().getString("lines[0].message").contains("write the decimals after a point"), refused.asString());
        assertTrue(refused.jsonPath().getString("detail").startsWith("Nothing was stored"), refused.asString());
        assertEquals(0, stored("RUB", month), "the good line was not stored either");
    }

    @Test
    void thePackagedFedRatesAreLoadedAtDeploymentAsUnitsPerUsd() {
        List<Map<String, Object>> currencies = api.as("fiona").get("/admin/exchange-rates/currencies").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> jpy = currencies.stream().filter(c -> "JPY".equals(c.get("currency"))).findFirst().orElseThrow();
        assertEquals("1971-01", jpy.get("firstMonth"));
        assertTrue(((List<?>) jpy.get("sources")).contains("FRED (US Federal Reserve)"), jpy.toString());
        List<Map<String, Object>> eur = api.as("fiona").queryParam("currency", "EUR").queryParam("limit", 500)
                .get("/admin/exchange-rates").then().statusCode(200).extract().jsonPath().using(DECIMALS).getList("items");
        Map<String, Object> january1999 = eur.stream().filter(r -> "1999-01".equals(r.get("month"))).findFirst().orElse(null);
        assertNotNull(january1999, "EUR 1999-01 is among the first 500 months");
        if ("FRED (US Federal Reserve)".equals(january1999.get("source"))) {
            assertEquals("0.8627", ((java.math.BigDecimal) january1999.get("unitsPerUsd")).toPlainString(),
                    "euros per USD, as the file has it (a euro was worth 1.16 dollars then)");
        }
    }

    private static long stored(String currency, YearMonth month) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement(
                "select count(*) from exchange_rate where currency = ? and month = ?")) {
            q.setString(1, currency);
            q.setObject(2, month.atDay(1));
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD"));
    }
}
