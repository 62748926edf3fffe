package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Previewing a customs file before its import, and import profiles: what the API answers for a vendor's
 * aggregated export, for a file whose columns it cannot place (and the same file once a profile names
 * them), who may save profiles, and that a preview stores nothing.
 */
class ImportPreviewIT extends BlackBoxIT {

    @Test
    void aVendorsMonthlyExportIsPreviewedAsTotalsWithItsLinesAndNothingIsStored() {
        String brand = "Preview " + UUID.randomUUID().toString().substring(0, 8);
        String file = ";;;;\n;;DATA;;\n"
                + "Period;Importer name;Supplier;HS Code;Trading country;Invoice value;Net weight, kg;Share, %\n"
                + "Apr 2023;7707083893 770701001 OOO " + brand + ";" + brand + " FREIGHT LLC FOR " + brand + " TRADING LTD;"
                + "8471300000;CHINA;4653.879999999999;12;0.5\n"
                + "апр. 2023;OOO " + brand + ";" + brand + " TRADING LTD;8471300000;ATLANTIS;100;1;0.1\n";
        Response preview = api.as("alice").contentType("text/csv").queryParam("currency", "RUB")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/imports/preview");
        assertEquals(200, preview.statusCode(), preview.asString());
        assertEquals("CSV", preview.jsonPath().getString("format"));
        assertTrue(preview.jsonPath().getBoolean("aggregated"), preview.asString());
        assertEquals("line 3", preview.jsonPath().getString("headerAt"));
        assertNull(preview.jsonPath().get("problem"));
        List<Map<String, Object>> columns = preview.jsonPath().getList("columns");
        assertEquals("date", columns.get(0).get("column"), "Period is the date");
        assertEquals("consignee", columns.get(1).get("column"), "Importer name is the consignee");
        assertEquals("exporter", columns.get(2).get("column"), "Supplier is the exporter");
        assertEquals("dispatch_country", columns.get(4).get("column"), "Trading country is the country of dispatch");
        assertEquals("net_weight_kg", columns.get(6).get("column"));
        assertNull(columns.get(7).get("column"), "a share column is not imported");
        assertEquals(List.of(), preview.jsonPath().getList("unmapped"));
        assertEquals(1, preview.jsonPath().getInt("good"));
        assertEquals(1, preview.jsonPath().getInt("refused"));
        Map<String, Object> first = preview.jsonPath().getMap("lines[0]");
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) first.get("values");
        assertEquals("2023-04", values.get("date"));
        assertEquals("CN", values.get("dispatch_country"));
        assertEquals("RUB", values.get("currency"));
        assertEquals("8471300000", values.get("hs_code"));
        String notes = String.valueOf(first.get("notes"));
        assertTrue(notes.contains("INN 7707083893") && notes.contains("KPP 770701001"), notes);
        assertTrue(notes.contains("acts for") && notes.contains(brand + " TRADING LTD"), notes);
        assertTrue(String.valueOf(preview.jsonPath().getString("lines[1].problem")).contains("'ATLANTIS' is no country"),
                preview.asString());

        assertTrue(preview.jsonPath().getBoolean("noDestination"), "no record could be flagged: " + preview.asString());
        assertNull(preview.jsonPath().get("importedBefore"));
        Response toRussia = api.as("alice").contentType("text/csv").queryParam("currency", "RUB").queryParam("destination", "Russia")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/imports/preview");
        assertTrue(!toRussia.jsonPath().getBoolean("noDestination"), toRussia.asString());
        assertEquals("RU", toRussia.jsonPath().getString("lines[0].values.destination_country"));
        Response twice = api.as("alice").contentType("text/csv").queryParam("mapping", "exporter=Supplier,consignee=Supplier")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/imports/preview");
        assertEquals(422, twice.statusCode(), twice.asString());
        assertTrue(twice.jsonPath().getString("detail").contains("cannot be both exporter and consignee"), twice.asString());

        Response search = api.as("alice").queryParam("q", brand).get("/search");
        assertEquals(200, search.statusCode(), search.asString());
        assertEquals(0, search.jsonPath().getList("hits").size(), "a preview stores nothing: " + search.asString());
    }

    @Test
    void aFileWhoseColumnsAreUnknownIsReadOnceAProfileNamesThemAndTheProfileIsProposedForTheNextOne() {
        String vendor = "Vendor " + UUID.randomUUID().toString().substring(0, 8);
        String file = "Decl;Pos;Dt;Tariff;Shipper co;Receiver co;Dest\n"
                + "P-" + vendor.hashCode() + ";1;2024-03-01;851762;Alfa " + vendor + ";Beta LLC;RU\n";
        Response unknown = api.as("alice").contentType("text/csv").body(file).post("/imports/preview");
        assertEquals(200, unknown.statusCode(), unknown.asString());
        assertTrue(unknown.jsonPath().getString("problem").contains("no column for date, hs_code, exporter and consignee"),
                unknown.asString());
        assertEquals(7, unknown.jsonPath().getList("columns").size(), "the likeliest header's columns, to map");
        assertEquals(List.of("date", "hs_code", "exporter", "consignee"), unknown.jsonPath().getList("unmapped"));

        Map<String, Object> profile = Map.of("columns", Map.of("declaration_number", "Decl", "line", "Pos", "date", "Dt",
                "hs_code", "Tariff", "exporter", "Shipper co", "consignee", "Receiver co", "destination_country", "Dest"),
                "currency", "RUB");
        Response saved = api.as("alice").contentType("application/json").body(profile).put("/imports/profiles/" + vendor);
        assertEquals(200, saved.statusCode(), saved.asString());
        assertEquals("RUB", saved.jsonPath().getString("currency"));
        assertTrue(api.as("bruno").get("/imports/profiles").jsonPath().getList("name").contains(vendor),
                "the agency's profiles are shared by its analysts");
        assertTrue(!api.as("olga").get("/imports/profiles").jsonPath().getList("name").contains(vendor),
                "another agency does not see them");

        Response proposed = api.as("bruno").contentType("text/csv").body(file).post("/imports/preview");
        assertEquals(200, proposed.statusCode(), proposed.asString());
        assertEquals(vendor, proposed.jsonPath().getString("profile"), "proposed: the file has the profile's column names");
        assertNull(proposed.jsonPath().get("problem"), proposed.asString());
        assertEquals(1, proposed.jsonPath().getInt("good"));

        Response imported = api.as("bruno").contentType("text/csv").queryParam("profile", vendor).body(file).post("/imports");
        assertEquals(202, imported.statusCode(), imported.asString());
        Response again = api.as("bruno").contentType("text/csv").body(file).post("/imports/preview");
        assertEquals(imported.jsonPath().getString("batch.id"), again.jsonPath().getString("importedBefore.id"),
                "the same file imported before is said so: " + again.asString());

        Response audit = api.as("erik").queryParam("action", "IMPORT_PROFILE_SAVED").queryParam("targetId", vendor)
                .get("/audit/events");
        assertEquals(1, audit.jsonPath().getInt("total"), "the profile's saving is audited: " + audit.asString());

        assertEquals(204, api.as("alice").delete("/imports/profiles/" + vendor).statusCode());
        assertEquals(404, api.as("alice").delete("/imports/profiles/" + vendor).statusCode());
    }

    @Test
    void profilesAreRefusedToPartnersAndBadOnesAreSaidWhy() {
        Map<String, Object> profile = Map.of("columns", Map.of("hs_code", "Code"));
        assertEquals(403, api.as("paula").contentType("application/json").body(profile).put("/imports/profiles/Mine").statusCode());
        assertEquals(403, api.as("paula").contentType("text/csv").body("a,b\n").post("/imports/preview").statusCode());
        Response badColumn = api.as("alice").contentType("application/json").body(Map.of("columns", Map.of("colour", "C")))
                .put("/imports/profiles/Bad");
        assertEquals(422, badColumn.statusCode(), badColumn.asString());
        assertTrue(badColumn.jsonPath().getString("detail").contains("no column 'colour'"), badColumn.asString());
        Response badCurrency = api.as("alice").contentType("application/json")
                .body(Map.of("columns", Map.of("hs_code", "C"), "currency", "roubles")).put("/imports/profiles/Bad");
        assertEquals(422, badCurrency.statusCode(), badCurrency.asString());
        assertTrue(badCurrency.jsonPath().getString("detail").contains("'roubles' is not a three-letter ISO 4217 code"),
                badCurrency.asString());
        Response unknownProfile = api.as("alice").contentType("text/csv").queryParam("profile", "No such profile")
                .body("a\n").post("/imports/preview");
        assertEquals(404, unknownProfile.statusCode(), unknownProfile.asString());
    }
}
