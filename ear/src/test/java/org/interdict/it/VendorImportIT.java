package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Customs files as trade-data vendors deliver them (issue 17), each imported as CSV and as an Excel workbook
 * against the real stack: a declaration-level export with a preamble, vendor words in its header, countries
 * named in English and Russian or by ISO-3 codes, NULLs, national tariff lines of 10 and 11 digits, rouble
 * values, registry numbers written into names, agent constructions and a Latin name typed with a Cyrillic
 * look-alike letter; a monthly aggregated export without declarations; a workbook of several sheets. Every good
 * line is stored, a re-import stores nothing twice, the names resolve to the right parties, and rouble values
 * get US dollars at the Bank of Russia's rates an administrator loaded (the shipped FRED rates have no rouble).
 *
 * <p>Names are coined fresh for every run and format from syllables of their own (registry numbers too), and
 * declaration numbers carry a random run id, so that neither earlier runs nor the other format's run answer: the
 * tests share the database and the index with every other.
 */
class VendorImportIT extends BlackBoxIT {

    /** Decimals read as written, not as floats. */
    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private static final String BANK_OF_RUSSIA = "Bank of Russia";
    private static final String FRED = "FRED (US Federal Reserve)";

    /** Roubles per US dollar for the months the files name, loaded before every test. */
    private static final Map<YearMonth, BigDecimal> RUB = Map.of(
            YearMonth.of(2023, 4), new BigDecimal("81.6700"),
            YearMonth.of(2023, 5), new BigDecimal("79.5600"),
            YearMonth.of(2023, 6), new BigDecimal("83.2400"));

    private static final String[] LATIN = {"bor", "zu", "gan", "fe", "pli", "dro", "kum", "yas", "wen", "hix", "tal", "jot",
        "mer", "sav", "lun", "rik"};
    private static final String[] CYRILLIC = {"бор", "зу", "ган", "фе", "пли", "дро", "кум", "яс", "вен", "хикс", "тал", "йот",
        "мер", "сав", "лун", "рик"};

    private final Random random = new Random();

    /** How a vendor's table is delivered: a CSV file, or an Excel workbook of one sheet. */
    enum Format {
        CSV("text/csv", ".csv"),
        XLSX(TradeFiles.XLSX, ".xlsx");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        byte[] file(List<List<Object>> rows) {
            return this == CSV ? TradeFiles.csv(rows).getBytes(StandardCharsets.UTF_8) : TradeFiles.xlsx(Map.of("Data", rows));
        }
    }

    /** The rates must be there when an import starts: it converts with the rates as they stand then. */
    @BeforeEach
    void loadRoubleRates() {
        StringBuilder csv = new StringBuilder("currency,month,units_per_usd\n");
        RUB.forEach((month, rate) -> csv.append("RUB,").append(month).append(',').append(rate.toPlainString()).append('\n'));
        Response loaded = api.as("fiona").contentType("text/csv").queryParam("source", BANK_OF_RUSSIA)
                .body(csv.toString().getBytes(StandardCharsets.UTF_8)).post("/admin/exchange-rates");
        assertEquals(200, loaded.statusCode(), "loading the rouble rates: " + loaded.asString());
    }

    /**
     * A declaration-level "full" export: a preamble before a header in the vendor's words (and a column the
     * import does not know), item number 0 on every line, countries as names in two languages and ISO-3
     * codes, NULL cells, 10- and 11-digit tariff lines, rouble values to many decimals, an INN and KPP
     * before a name and a TIN after one, two agent constructions, and a Latin name with a Cyrillic К whose
     * clean spelling is a party already; and two bad lines. The good lines are stored with ISO countries,
     * the HS code as written, no line number, values in roubles and in dollars; the names resolve to the
     * parties they stand for; the same file again stores nothing.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void aDeclarationLevelExportIsStoredWholeWithItsNamesResolvedAndNothingTwice(Format format) throws SQLException {
        String run = run(format);
        String latinName = latin() + "BEK TRADING LLC";
        String lookAlike = latinName.replace("BEK TRADING", "BE\u041a TRADING");
        assertNotEquals(latinName, lookAlike);
        UUID latinParty = api.party("alice", latinName, "CN");
        SearchIndexProbe.awaitSearchable(latinParty.toString(), null);

        String inn = inn();
        String kpp = inn.substring(0, 4) + "01001";
        String innCompany = "OOO " + latin();
        String tin = digits(9);
        String tinCompany = latin() + " ELECTRONICS CO., LTD.";
        String agent = latin() + " FREIGHT LLC";
        String principal = "OOO " + latin();
        String russianAgent = "ООО \"" + cyrillic() + "\"";
        String russianPrincipal = "ООО \"" + cyrillic() + "\"";
        String turkishExporter = latin() + " MAKINA LTD";

        List<List<Object>> rows = new ArrayList<>();
        rows.add(Collections.nCopies(14, null));
        rows.add(Arrays.asList(null, null, null, null, "DATA"));
        rows.add(List.of("DECLARATION NUMBER", "ITEM_NUMBER", "DATE", "HS CODE", "GOODS DESCRIPTION", "EXPORTER NAME",
                "IMPORTER NAME", "COUNTRY OF ORIGIN", "TRADING COUNTRY", "COUNTRY OF DESTINATION", "INVOICE VALUE", "CURRENCY",
                "NET WEIGHT, KG", "SHARE, %"));
        // line 4
        rows.add(List.of(run + "/1", 0, LocalDate.of(2023, 4, 14), 8471300000L, "PORTABLE COMPUTERS", lookAlike,
                inn + " " + kpp + " " + innCompany, "CHINA", "CHINA", "RUSSIAN FEDERATION", new BigDecimal("4653.879999999999"),
                "RUB", new BigDecimal("12.5"), "35.5"));
        // line 5
        rows.add(List.of(run + "/2", 0, LocalDate.of(2023, 5, 3), 85176200001L, "ROUTERS", tinCompany + " TIN " + tin,
                agent + " FOR " + principal, "КИТАЙ", "HONG KONG, CHINA", "RUSSIAN FEDERATION", new BigDecimal("250000.00"), "RUB",
                "NULL", "NULL"));
        // line 6: no such country
        rows.add(List.of(run + "/3", 0, LocalDate.of(2023, 5, 4), 8471300000L, "LAPTOPS", tinCompany + " TIN " + tin,
                inn + " " + kpp + " " + innCompany, "ATLANTIS", "CHINA", "RUSSIAN FEDERATION", 1000, "RUB", 1, "NULL"));
        // line 7
        rows.add(List.of(run + "/4", 0, LocalDate.of(2023, 6, 20), 8806210000L, "NULL", turkishExporter,
                russianAgent + " П/П " + russianPrincipal, "ТУРЦИЯ", "TUR", "RUSSIAN FEDERATION", 1200000, "RUB", 40, "10"));
        // line 8: no such month
        rows.add(List.of(run + "/5", 0, "2023-13", 8471300000L, "LAPTOPS", tinCompany + " TIN " + tin,
                inn + " " + kpp + " " + innCompany, "CHINA", "CHINA", "RUSSIAN FEDERATION", 1000, "RUB", 1, "NULL"));
        // line 9
        rows.add(List.of(run + "/6", 0, LocalDate.of(2023, 4, 10), 8471300000L, "LAPTOPS", lookAlike,
                inn + " " + kpp + " " + innCompany, "NULL", "CHINA", "RUSSIAN FEDERATION", new BigDecimal("68876.00"), "CNY",
                new BigDecimal("3.2"), "NULL"));
        byte[] file = format.file(rows);

        Map<String, Object> batch = importAndWait(format, file, "vendor-full" + format.extension, Map.of());
        assertCounts(batch, 4, 2, 0);
        Map<Long, String> refused = rejections(batch.get("id"));
        assertEquals(List.of(6L, 8L), List.copyOf(refused.keySet()), "the refused lines: " + refused);
        assertTrue(refused.get(6L).contains("origin_country 'ATLANTIS' is no country known"), refused.get(6L));
        assertTrue(refused.get(8L).contains("date '2023-13' is neither a date"), refused.get(8L));

        Map<String, Map<String, Object>> stored = records(String.valueOf(batch.get("id")), r -> (String) r.get("declarationNumber"));
        assertEquals(Set.of(run + "/1", run + "/2", run + "/4", run + "/6"), stored.keySet(), "the declarations stored");
        for (Map<String, Object> record : stored.values()) {
            assertNull(record.get("lineNumber"), "item number 0 is no line number: " + record);
            assertEquals(Boolean.FALSE, record.get("aggregated"), "declaration lines are no totals: " + record);
            assertEquals("DAY", record.get("datePrecision"), record.toString());
        }
        Map<String, Object> first = stored.get(run + "/1");
        assertRecord(first, "2023-04-14", "8471300000", Arrays.asList("CN", "CN", "RU"), "4653.88", "RUB");
        assertUsd(first, new BigDecimal("4653.879999999999"), RUB.get(YearMonth.of(2023, 4)), "2023-04", BANK_OF_RUSSIA);
        Map<String, Object> second = stored.get(run + "/2");
        assertRecord(second, "2023-05-03", "85176200001", Arrays.asList("CN", "HK", "RU"), "250000.00", "RUB");
        assertUsd(second, new BigDecimal("250000.00"), RUB.get(YearMonth.of(2023, 5)), "2023-05", BANK_OF_RUSSIA);
        Map<String, Object> fourth = stored.get(run + "/4");
        assertRecord(fourth, "2023-06-20", "8806210000", Arrays.asList("TR", "TR", "RU"), "1200000.00", "RUB");
        assertUsd(fourth, new BigDecimal("1200000"), RUB.get(YearMonth.of(2023, 6)), "2023-06", BANK_OF_RUSSIA);
        Map<String, Object> sixth = stored.get(run + "/6");
        assertRecord(sixth, "2023-04-10", "8471300000", Arrays.asList(null, "CN", "RU"), "68876.00", "CNY");
        BigDecimal yuanRate = decimal(sixth.get("usdRate"));
        assertNotNull(yuanRate, "a yuan value gets the shipped FRED rate of its month: " + sixth);
        assertUsd(sixth, new BigDecimal("68876.00"), yuanRate, "2023-04", FRED);

        // The look-alike name is the Latin party's.
        assertEquals(latinParty.toString(), first.get("exporterParty"), "'" + lookAlike + "' (a Cyrillic К) links to the party '"
                + latinName + "'");
        assertEquals(latinParty.toString(), sixth.get("exporterParty"), "'" + lookAlike + "' links to '" + latinName + "'");

        // Registry numbers are the party's identifiers, not part of its name.
        String innParty = party(first, "consigneeParty");
        assertEquals(innParty, sixth.get("consigneeParty"), "the same name as written is the same party");
        JsonPath innView = partyView(innParty);
        assertEquals(innCompany, innView.getString("primaryName"), "the INN and KPP before the name are not part of it");
        assertEquals(Set.of("INN " + inn + " RU", "KPP " + kpp + " RU"), identifiers(innView));
        JsonPath tinView = partyView(party(second, "exporterParty"));
        assertEquals(tinCompany, tinView.getString("primaryName"), "the TIN after the name is not part of it");
        assertEquals(Set.of("TIN " + tin + " null"), identifiers(tinView));

        // Each agent construction is two parties: the record's is the principal, the agent acts for it.
        assertActsFor(party(second, "consigneeParty"), principal, agent);
        assertActsFor(party(fourth, "consigneeParty"), russianPrincipal, russianAgent);

        Map<String, Object> again = importAndWait(format, file, "vendor-full-again" + format.extension, Map.of());
        assertCounts(again, 0, 2, 4);
        assertEquals(4, recordsOfDeclarations(run), "no declaration line stored twice");
    }

    /**
     * A monthly aggregated "short" export: no declaration column, a period written four ways (two of them the
     * same month), the file's currency given with the import. Each row is stored as a month's total: no
     * declaration or line number, the month's first day at month precision, values in roubles and dollars;
     * the same file again stores nothing.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void aMonthlyAggregatedExportIsStoredAsTheMonthsTotalsAndNothingTwice(Format format) throws SQLException {
        String importer = "OOO " + latin();
        String otherImporter = "OOO " + latin();
        String supplier = latin() + " TECHNOLOGY CO., LTD.";
        String turkishSupplier = latin() + " ELEKTRONIK LTD";
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Imports of the Russian Federation by month, RUB"));
        rows.add(List.of("PERIOD", "IMPORTER", "SUPPLIER", "HS CODE", "TRADING COUNTRY", "CUSTOMS VALUE", "NET WEIGHT KG"));
        rows.add(List.of("Apr 2023", importer, supplier, 8471300000L, "CHINA", new BigDecimal("1633400.00"), new BigDecimal("120.5")));
        // A month: written 2023-05 in CSV, a date cell shown as "May 2023" in the workbook.
        rows.add(List.of(YearMonth.of(2023, 5), importer, supplier, 8471300000L, "CHINA", 798000, 60));
        rows.add(List.of("06.2023", importer, turkishSupplier, 85176200001L, "TUR", new BigDecimal("4653.879999999999"), "NULL"));
        rows.add(List.of("апр. 2023", otherImporter, supplier, 8806210000L, "HONG KONG, CHINA", new BigDecimal("81670.00"), 3));
        byte[] file = format.file(rows);

        Map<String, Object> batch = importAndWait(format, file, "vendor-monthly" + format.extension, Map.of("currency", "RUB"));
        assertCounts(batch, 4, 0, 0);
        Map<String, Map<String, Object>> stored = records(String.valueOf(batch.get("id")),
                r -> decimal(r.get("value")).setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        assertEquals(Set.of("1633400.00", "798000.00", "4653.88", "81670.00"), stored.keySet(), "the totals stored");
        for (Map<String, Object> record : stored.values()) {
            assertEquals(Boolean.TRUE, record.get("aggregated"), "a row of a file without declarations is a total: " + record);
            assertEquals("MONTH", record.get("datePrecision"), record.toString());
            assertNull(record.get("declarationNumber"), record.toString());
            assertNull(record.get("lineNumber"), record.toString());
        }
        assertRecord(stored.get("1633400.00"), "2023-04-01", "8471300000", Arrays.asList(null, "CN", null), "1633400.00", "RUB");
        assertEquals(supplier, stored.get("1633400.00").get("exporterName"));
        assertEquals(importer, stored.get("1633400.00").get("consigneeName"));
        assertRecord(stored.get("798000.00"), "2023-05-01", "8471300000", Arrays.asList(null, "CN", null), "798000.00", "RUB");
        assertRecord(stored.get("4653.88"), "2023-06-01", "85176200001", Arrays.asList(null, "TR", null), "4653.88", "RUB");
        assertRecord(stored.get("81670.00"), "2023-04-01", "8806210000", Arrays.asList(null, "HK", null), "81670.00", "RUB");
        assertUsd(stored.get("1633400.00"), new BigDecimal("1633400.00"), RUB.get(YearMonth.of(2023, 4)), "2023-04", BANK_OF_RUSSIA);
        assertUsd(stored.get("798000.00"), new BigDecimal("798000"), RUB.get(YearMonth.of(2023, 5)), "2023-05", BANK_OF_RUSSIA);
        assertUsd(stored.get("4653.88"), new BigDecimal("4653.879999999999"), RUB.get(YearMonth.of(2023, 6)), "2023-06",
                BANK_OF_RUSSIA);
        assertUsd(stored.get("81670.00"), new BigDecimal("81670.00"), RUB.get(YearMonth.of(2023, 4)), "2023-04", BANK_OF_RUSSIA);

        Map<String, Object> again = importAndWait(format, file, "vendor-monthly-again" + format.extension, Map.of("currency", "RUB"));
        assertCounts(again, 0, 0, 4);
    }

    /**
     * A workbook of two data sheets, each with its own preamble and its own header (English, Russian), and a
     * "Notes" sheet without one between them; cells typed as a spreadsheet types them (HS codes and values as
     * numbers, dates as date cells shown as a day or as "mmm yyyy"). One sheet named is read alone; the whole
     * workbook then stores the other sheet's lines, finds the named one's held, and reports the notes.
     */
    @Test
    void aWorkbooksSheetsAreReadEachUnderItsOwnHeaderOrOneByNameAndASheetWithoutHeaderIsReported() throws SQLException {
        String run = run(Format.XLSX);
        String exporter = latin() + " INDUSTRIAL CO., LTD.";
        String consignee = "OOO " + latin();
        String russianExporter = latin() + " DRONES LIMITED";
        String russianConsignee = "ООО \"" + cyrillic() + "\"";
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Export 2023", List.of(
                List.of("Customs declarations, 2023"),
                List.of(),
                List.of("DECLARATION NUMBER", "ITEM_NUMBER", "DATE", "HS CODE", "EXPORTER NAME", "IMPORTER NAME", "TRADING COUNTRY",
                        "INVOICE VALUE", "CURRENCY"),
                List.of(run + "/E", 1, LocalDate.of(2023, 5, 17), 8471300000L, exporter, consignee, "CHINA",
                        new BigDecimal("163340.50"), "RUB"),
                List.of(run + "/E", 2, LocalDate.of(2023, 6, 2), 85176200001L, exporter, consignee, "TUR", 99000, "RUB")));
        sheets.put("Notes", List.of(
                List.of("Prepared by the data vendor for the agency."),
                List.of("Values are in the currency of each line.")));
        sheets.put("Импорт 2023", List.of(
                List.of("Импорт по декларациям, 2023"),
                List.of("Номер ДТ", "№ товара", "Месяц", "Код ТН ВЭД", "Отправитель", "Получатель", "Страна отправления",
                        "Фактурная стоимость", "Валюта"),
                List.of(run + "/R1", 1, YearMonth.of(2023, 4), 8806210000L, russianExporter, russianConsignee, "КИТАЙ", 1500000,
                        "RUB"),
                List.of(run + "/R2", 1, YearMonth.of(2023, 5), 8471300000L, russianExporter, russianConsignee, "CHN", 20000, "CNY")));
        byte[] workbook = TradeFiles.xlsx(sheets);

        Map<String, Object> named = importAndWait(Format.XLSX, workbook, "vendor-sheets.xlsx", Map.of("sheet", "Импорт 2023"));
        assertCounts(named, 2, 0, 0);
        assertEquals(2, recordsOfDeclarations(run + "/R"), "the named sheet's lines are stored");
        assertEquals(0, recordsOfDeclarations(run + "/E"), "no line of another sheet is read");

        Map<String, Object> whole = importAndWait(Format.XLSX, workbook, "vendor-sheets.xlsx", Map.of());
        assertCounts(whole, 2, 1, 2);
        Map<Long, String> refused = rejections(whole.get("id"));
        assertEquals(1, refused.size(), refused.toString());
        String notes = refused.values().iterator().next();
        assertTrue(notes.startsWith("sheet 'Notes' is not read"), notes);
        assertEquals(2, recordsOfDeclarations(run + "/E"), "the other sheet's lines are stored too");

        Map<String, Map<String, Object>> exported = records(String.valueOf(whole.get("id")),
                r -> r.get("declarationNumber") + "#" + r.get("lineNumber"));
        assertEquals(Set.of(run + "/E#1", run + "/E#2"), exported.keySet(), "the lines the whole workbook stored");
        Map<String, Object> e1 = exported.get(run + "/E#1");
        assertRecord(e1, "2023-05-17", "8471300000", Arrays.asList(null, "CN", null), "163340.50", "RUB");
        assertEquals("DAY", e1.get("datePrecision"), "a date cell shown as a day: " + e1);
        assertUsd(e1, new BigDecimal("163340.50"), RUB.get(YearMonth.of(2023, 5)), "2023-05", BANK_OF_RUSSIA);
        Map<String, Object> e2 = exported.get(run + "/E#2");
        assertRecord(e2, "2023-06-02", "85176200001", Arrays.asList(null, "TR", null), "99000.00", "RUB");

        Map<String, Map<String, Object>> imported = records(String.valueOf(named.get("id")), r -> (String) r.get("declarationNumber"));
        Map<String, Object> r1 = imported.get(run + "/R1");
        assertNotNull(r1, "the named sheet's first line: " + imported.keySet());
        assertRecord(r1, "2023-04-01", "8806210000", Arrays.asList(null, "CN", null), "1500000.00", "RUB");
        assertEquals("MONTH", r1.get("datePrecision"), "a date cell shown as 'mmm yyyy' is a month: " + r1);
        assertEquals(1, ((Number) r1.get("lineNumber")).intValue(), r1.toString());
        assertEquals(Boolean.FALSE, r1.get("aggregated"), "a sheet with declaration numbers holds declarations: " + r1);
        assertUsd(r1, new BigDecimal("1500000"), RUB.get(YearMonth.of(2023, 4)), "2023-04", BANK_OF_RUSSIA);
        Map<String, Object> r2 = imported.get(run + "/R2");
        assertNotNull(r2, "the named sheet's second line: " + imported.keySet());
        assertRecord(r2, "2023-05-01", "8471300000", Arrays.asList(null, "CN", null), "20000.00", "CNY");
        assertEquals(FRED, r2.get("usdRateSource"), r2.toString());
    }

    @Test
    void aRateLoadedAfterAnImportGivesItsWaitingRecordsTheirValueInUsd() throws SQLException {
        // Tenge of January 1995: FRED publishes none, and no other test loads one.
        String brand = "Tenge " + UUID.randomUUID().toString().substring(0, 8);
        String file = "Period;Importer;Supplier;HS Code;Invoice value;Currency;Country of destination\n"
                + "Jan 1995;TOO " + brand + ";" + brand + " SUPPLY LTD;854231;4700;KZT;KZ\n";
        Map<String, Object> batch = importAndWait(Format.CSV, file.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "tenge.csv", Map.of());
        String id = records(String.valueOf(batch.get("id")), r -> String.valueOf(r.get("id"))).keySet().iterator().next();
        assertNull(api.as("alice").get("/trade/records/" + id).jsonPath().get("valueUsd"), "no rate yet: no value in USD");

        Response loaded = api.as("fiona").contentType("text/csv").queryParam("source", "National Bank of Kazakhstan")
                .body("currency,month,units_per_usd\nKZT,1995-01,47.00\n").post("/admin/exchange-rates");
        assertEquals(200, loaded.statusCode(), loaded.asString());
        assertTrue(loaded.jsonPath().getInt("recordsConverted") >= 1, loaded.asString());
        Map<String, Object> record = api.as("alice").get("/trade/records/" + id).then().statusCode(200).extract().jsonPath()
                .using(DECIMALS).getMap("$");
        assertEquals(0, new BigDecimal("100.00").compareTo(new BigDecimal(String.valueOf(record.get("valueUsd")))), record.toString());
        assertEquals("1995-01", record.get("usdRateMonth"), record.toString());
        assertEquals("National Bank of Kazakhstan", record.get("usdRateSource"), record.toString());
    }

    // ---- what the tests share

    private Map<String, Object> importAndWait(Format format, byte[] file, String name, Map<String, String> parameters) {
        Response started = api.as("alice").contentType(format.mediaType).queryParam("name", name).queryParams(parameters)
                .body(file).post("/imports");
        assertEquals(202, started.statusCode(), name + " " + parameters + ": " + started.asString());
        String id = started.jsonPath().getString("batch.id");
        Map<String, Object> batch = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.as("alice").get("/imports/" + id).then().statusCode(200).extract().jsonPath()
                        .<String, Object>getMap("batch"), b -> !"RUNNING".equals(b.get("status")));
        assertEquals("DONE", batch.get("status"), name + " " + parameters + ": " + batch);
        return batch;
    }

    private static void assertCounts(Map<String, Object> batch, long stored, long rejected, long duplicates) {
        String counts = "stored " + count(batch, "stored") + ", rejected " + count(batch, "rejected") + ", duplicates "
                + count(batch, "duplicates");
        assertEquals("stored " + stored + ", rejected " + rejected + ", duplicates " + duplicates, counts,
                "import " + batch.get("fileName") + ": " + batch);
    }

    private static long count(Map<String, Object> batch, String field) {
        return ((Number) batch.get(field)).longValue();
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

    /** The records an import stored, as the API shows them, by a key of each (which must tell them apart). */
    private Map<String, Map<String, Object>> records(String batchId, Function<Map<String, Object>, String> key)
            throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select id from trade_record where batch_id = ?")) {
            q.setObject(1, UUID.fromString(batchId));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    ids.add((UUID) rows.getObject(1));
                }
            }
        }
        Map<String, Map<String, Object>> records = new HashMap<>();
        for (UUID id : ids) {
            Map<String, Object> record = api.as("alice").get("/trade/records/" + id).then().statusCode(200).extract().jsonPath()
                    .using(DECIMALS).getMap("$");
            Map<String, Object> before = records.put(key.apply(record), record);
            assertNull(before, "two records under " + key.apply(record) + ": " + before + " and " + record);
        }
        return records;
    }

    private static long recordsOfDeclarations(String prefix) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement(
                "select count(*) from trade_record where declaration_number like ?")) {
            q.setString(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The date as stored, the HS code as written, origin, dispatch and destination as ISO codes, value and currency. */
    private static void assertRecord(Map<String, Object> record, String date, String hsCode, List<String> countries,
            String value, String currency) {
        String what = "record " + record.get("declarationNumber") + " of " + date + ": " + record;
        assertEquals(date, record.get("declarationDate"), what);
        assertEquals(hsCode, record.get("hsCode"), "the HS code as written; " + what);
        assertEquals(countries, Arrays.asList(record.get("originCountry"), record.get("dispatchCountry"),
                record.get("destinationCountry")), "origin, dispatch, destination; " + what);
        assertAmount(new BigDecimal(value), record.get("value"), "value; " + what);
        assertEquals(currency, record.get("currency"), what);
    }

    /** The value in US dollars at the rate of the month, with the rate, its month and its source. */
    private static void assertUsd(Map<String, Object> record, BigDecimal written, BigDecimal rate, String month, String source) {
        String what = "record " + record.get("declarationNumber") + " " + record.get("currency") + " " + written + ": " + record;
        BigDecimal usd = written.divide(rate, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN);
        assertAmount(usd, record.get("valueUsd"), "valueUsd at " + rate + " per USD; " + what);
        assertAmount(rate, record.get("usdRate"), "usdRate; " + what);
        assertEquals(month, record.get("usdRateMonth"), "usdRateMonth; " + what);
        assertEquals(source, record.get("usdRateSource"), "usdRateSource; " + what);
    }

    private static void assertAmount(BigDecimal expected, Object actual, String what) {
        BigDecimal number = decimal(actual);
        if (number == null || number.compareTo(expected) != 0) {
            fail(what + ": expected " + expected.toPlainString() + " but was " + (number == null ? null : number.toPlainString()));
        }
    }

    private static BigDecimal decimal(Object number) {
        return number == null ? null : number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }

    /** The record's exporter or consignee party, which it must have. */
    private static String party(Map<String, Object> record, String role) {
        Object party = record.get(role);
        assertNotNull(party, role + " of record " + record.get("declarationNumber") + " (" + record.get(
                role.startsWith("exporter") ? "exporterName" : "consigneeName") + "): " + record);
        return party.toString();
    }

    private JsonPath partyView(String id) {
        return api.as("alice").get("/parties/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Set<String> identifiers(JsonPath party) {
        List<Map<String, Object>> identifiers = party.getList("identifiers");
        return identifiers.stream().map(i -> i.get("type") + " " + i.get("value") + " " + i.get("country"))
                .collect(Collectors.toSet());
    }

    /**
     * The record's party is the principal of an agent construction: a party of that name, for which one
     * party, the agent, acts (ACTS_FOR, read through the parties API), an intermediary of its own.
     */
    private void assertActsFor(String principal, String principalName, String agentName) {
        assertEquals(principalName, partyView(principal).getString("primaryName"), "the record's party is the principal");
        List<Map<String, Object>> relationships = api.as("alice").get("/parties/" + principal + "/relationships").then()
                .statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> actsFor = relationships.stream().filter(r -> "ACTS_FOR".equals(r.get("kind"))).toList();
        assertEquals(1, actsFor.size(), "one agent acts for '" + principalName + "': " + relationships);
        @SuppressWarnings("unchecked")
        Map<String, Object> from = (Map<String, Object>) actsFor.get(0).get("from");
        @SuppressWarnings("unchecked")
        Map<String, Object> to = (Map<String, Object>) actsFor.get(0).get("to");
        assertEquals(principal, to.get("id"), "the agent acts for the principal: " + actsFor.get(0));
        assertNotEquals(principal, from.get("id"), "the agent is a party of its own: " + actsFor.get(0));
        assertEquals(agentName, from.get("primaryName"), "the agent: " + actsFor.get(0));
        List<String> roles = partyView(String.valueOf(from.get("id"))).getList("tradeRoles");
        assertTrue(roles.contains("INTERMEDIARY"), "the agent is an intermediary: " + roles);
        assertFalse(roles.contains("CONSIGNEE"), "the agent is not the consignee: " + roles);
    }

    /** A run id for declaration numbers, fresh for every test and format. */
    private static String run(Format format) {
        return "VI" + format.name().charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A word of six syllables in capitals, as vendors write names. */
    private String latin() {
        return word(LATIN);
    }

    private String cyrillic() {
        return word(CYRILLIC);
    }

    private String word(String[] syllables) {
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return word.toString().toUpperCase(Locale.ROOT);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        while (digits.length() < count) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** A valid ten-digit INN (organisations): nine random digits and their check digit. */
    private String inn() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder inn = new StringBuilder("77").append(digits(7));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (inn.charAt(i) - '0') * weights[i];
        }
        return inn.append(sum % 11 % 10).toString();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD"));
    }
}
