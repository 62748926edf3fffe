package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.trade.CustomsFile.Column;
import org.interdict.application.trade.CustomsFile.Line;
import org.interdict.application.trade.CustomsFile.Read;
import org.interdict.application.trade.CustomsFile.Rejection;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class CustomsFileTest {

    private static final HsNomenclature HS = new HsNomenclature();
    private static final String HEADER = "declaration_number,line,date,hs_code,goods_description,exporter,consignee,"
            + "origin_country,dispatch_country,destination_country,value,currency,quantity,unit,net_weight_kg";

    @Test
    void theDefaultLayoutInUtf8() throws IOException {
        List<Read> lines = read(HEADER + "\n"
                + "10702030/010324/0012345,1,2024-03-01,8542.31.90,Microcontrollers,\"Shanghai H Win Co., Ltd.\",Silva LLC,CN,HK,RU,\"12,500.00\",USD,5000,pcs,1.5\n",
                StandardCharsets.UTF_8, Map.of());
        Line line = assertInstanceOf(Line.class, lines.get(0));
        assertEquals(2, line.line());
        assertEquals("10702030/010324/0012345", line.declaration());
        assertEquals(LocalDate.of(2024, 3, 1), line.date());
        assertEquals("854231", line.hsCode().hs6());
        assertEquals("Shanghai H Win Co., Ltd.", line.exporter());
        assertEquals(new BigDecimal("12500.00"), line.value());
        assertEquals("RU", line.destination());
    }

    @Test
    void aVendorsPreambleIsSkippedNullsAreEmptyAndCountriesAreNamesOrCodes() throws IOException {
        List<Read> lines = read(",,,,,,,,,,,,,,\n,,,,DATA,,,,,,,,,,\n" + HEADER + "\n"
                + "D-1,1,2024-03-01,854231,NULL,Shanghai H Win,Silva LLC,CHINA,\"HONG KONG, CHINA\",RUSSIAN FEDERATION,100,USD,N/A,-,NULL\n"
                + "D-1,2,2024-03-01,854231,Chips,Shanghai H Win,Silva LLC,CHN,Китай,ТУРЦИЯ,100,USD,1,pcs,1\n"
                + "D-1,3,2024-03-01,854231,Chips,Shanghai H Win,Silva LLC,Atlantis,TURKEY,tr,100,USD,1,pcs,1\n",
                StandardCharsets.UTF_8, Map.of());
        Line first = assertInstanceOf(Line.class, lines.get(0));
        assertEquals(4, first.line(), "line numbers count the preamble");
        assertEquals(List.of("CN", "HK", "RU"), List.of(first.origin(), first.dispatch(), first.destination()));
        assertEquals(null, first.description());
        assertEquals(null, first.quantity());
        assertEquals(null, first.unit());
        Line second = assertInstanceOf(Line.class, lines.get(1));
        assertEquals(List.of("CN", "CN", "TR"), List.of(second.origin(), second.dispatch(), second.destination()));
        Rejection third = assertInstanceOf(Rejection.class, lines.get(2));
        assertTrue(third.reason().contains("origin_country 'Atlantis' is no country"), third.reason());
    }

    @Test
    void windows1251WithSemicolonsRussianHeadersAndExtraColumns() throws IOException {
        String text = "Номер декларации;№ товара;Дата;Код ТН ВЭД;Описание товара;Отправитель;Получатель;Страна назначения;"
                + "Стоимость;Валюта;Примечание\r\n"
                + "10702030/050324/0000001;3;05.03.2024;8525 89 000 0;Тепловизионные камеры;"
                + "Уханьская компания;ООО «Сильва»;RU;1 234,50;CNY;проверено\r\n";
        CustomsFile csv = CustomsFile.open(new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1251"))), Map.of(), HS);
        assertEquals("windows-1251", csv.charset().name());
        assertEquals(';', csv.delimiter());
        Line line = assertInstanceOf(Line.class, csv.next().orElseThrow());
        assertEquals("ООО «Сильва»", line.consignee());
        assertEquals(new BigDecimal("1234.50"), line.value());
        assertEquals("CNY", line.currency());
        assertEquals(3, line.item());
    }

    @Test
    void utf8WithBomAndAColumnMappingForUnknownNames() throws IOException {
        String text = "\uFEFFdecl\tpos\twhen\tcode\tfrom\tto\n"
                + "D-1\t1\t31/03/2024\t847989\tKarovi Machinery GmbH\tVelmar JSC\n";
        List<Read> lines = read(text, StandardCharsets.UTF_8, Map.of(Column.DECLARATION, "decl", Column.LINE, "pos",
                Column.DATE, "when", Column.HS_CODE, "code", Column.EXPORTER, "from", Column.CONSIGNEE, "to"));
        Line line = assertInstanceOf(Line.class, lines.get(0));
        assertEquals("D-1", line.declaration());
        assertEquals(LocalDate.of(2024, 3, 31), line.date());
    }

    @Test
    void eachBadLineIsRejectedWithItsNumberAndReasonAndTheGoodOnesKept() throws IOException {
        List<Read> lines = read(HEADER + "\n"
                + "D-1,1,2024-03-01,854231,,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs,1\n"
                + "D-1,2,2024-03-01,854231,,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs\n"
                + "D-1,3,2024-02-30,854231,,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs,1\n"
                + "D-1,4,2024-03-01,854299,,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs,1\n"
                + "D-1,5,2024-03-01,854231,,,B LLC,CN,CN,RU,abc,US,1,pcs,1\n"
                + "D-1,6,2024-03-01,854231,,A Ltd,B LLC,Chinaa,CN,RU,100,USD,1,pcs,1\n"
                + "D-1,7,2024-03-01,854232,,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs,1\n",
                StandardCharsets.UTF_8, Map.of());
        assertEquals(7, lines.size());
        assertInstanceOf(Line.class, lines.get(0));
        assertEquals(new Rejection(3, "the line has 14 fields, the header has 15"), lines.get(1));
        assertTrue(((Rejection) lines.get(2)).reason().contains("date '2024-02-30'"), lines.get(2).toString());
        assertTrue(((Rejection) lines.get(3)).reason().contains("854299 does not exist"), lines.get(3).toString());
        Rejection several = (Rejection) lines.get(4);
        assertEquals(6, several.line());
        assertTrue(several.reason().contains("exporter is missing") && several.reason().contains("value 'abc'")
                && several.reason().contains("currency 'US'"), several.reason());
        assertTrue(((Rejection) lines.get(5)).reason().contains("origin_country 'Chinaa' is no country"), lines.get(5).toString());
        assertEquals(8, assertInstanceOf(Line.class, lines.get(6)).line());
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedSayingWhich() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read("declaration_number,line,date,exporter,consignee\nD,1,2024-01-01,A,B\n", StandardCharsets.UTF_8, Map.of()));
        assertTrue(refused.getMessage().contains("no column for hs_code"), refused.getMessage());
    }

    @Test
    void aFieldLongerThanItsColumnIsRefusedBeforeTheDatabaseSeesIt() throws IOException {
        String astral = "\uD835\uDD38"; // one character, two UTF-16 units: PostgreSQL counts it once
        List<Read> lines = read(HEADER + "\n"
                + good(1).replace(",Goods,", "," + "x".repeat(2500) + ",")
                + good(2).replace("A Ltd", "A".repeat(301))
                + good(3).replace("D-1", "D".repeat(65))
                + good(4).replace(",pcs,", ",pieces of equipment,")
                + good(5).replace(",Goods,", "," + astral.repeat(TradeLimits.GOODS_DESCRIPTION) + ",")
                + good(6).replace("A Ltd", "A".repeat(TradeLimits.PARTY_NAME)),
                StandardCharsets.UTF_8, Map.of());
        assertEquals(new Rejection(2, "goods_description is 2,500 characters long; at most 2,000 fit"), lines.get(0));
        assertEquals(new Rejection(3, "exporter is 301 characters long; at most 300 fit"), lines.get(1));
        assertEquals(new Rejection(4, "declaration_number is 65 characters long; at most 64 fit"), lines.get(2));
        assertEquals(new Rejection(5, "unit is 19 characters long; at most 16 fit"), lines.get(3));
        assertEquals(TradeLimits.GOODS_DESCRIPTION, assertInstanceOf(Line.class, lines.get(4)).description().codePointCount(0,
                TradeLimits.GOODS_DESCRIPTION * 2), "lengths are counted in characters, as PostgreSQL counts them");
        assertInstanceOf(Line.class, lines.get(5));
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedButTabIsText() throws IOException {
        List<Read> lines = read(HEADER + "\n"
                + good(1).replace("A Ltd", "A\u0000Ltd")
                + good(2).replace(",Goods,", ",Goods\u0007 with a bell,")
                + good(3).replace(",Goods,", ",\"two\nlines\",")
                + good(4).replace(",Goods,", ",Goods\tand more,")
                + good(5).replace(",100,", ",1\u00000,"),
                StandardCharsets.UTF_8, Map.of());
        assertEquals(new Rejection(2, "exporter holds a control character (U+0000, NUL) at character 2; only tab is allowed"),
                lines.get(0));
        assertEquals(new Rejection(3, "goods_description holds a control character (U+0007) at character 6; only tab is allowed"),
                lines.get(1));
        // A line break inside quotes ends the line there: a field cannot span lines, and what follows is a bad line of its own.
        assertEquals(new Rejection(4, "a quoted field opened on line 4 is not closed on that line (a field cannot span lines)"),
                lines.get(2));
        assertEquals(5, assertInstanceOf(Rejection.class, lines.get(3)).line());
        assertEquals("Goods\tand more", assertInstanceOf(Line.class, lines.get(4)).description());
        Rejection number = (Rejection) lines.get(5);
        assertEquals("value holds a control character (U+0000, NUL) at character 2; only tab is allowed", number.reason(),
                "a bad field is reported once, not also as no number");
    }

    @Test
    void bytesTheFileEncodingDoesNotDecodeAreRefusedWithTheirLine() throws IOException {
        byte[] utf8 = withBytes(HEADER + "\n" + good(1).replace("A Ltd", "ООО «Сильва»") + good(2).replace("A Ltd", "Шанхай Эйч Вин")
                + good(3).replace("A Ltd", "Bad @ Ltd") + good(4), StandardCharsets.UTF_8, (byte) 0xC3, (byte) 0x28);
        CustomsFile csv = CustomsFile.open(new ByteArrayInputStream(utf8), Map.of(), HS);
        assertEquals(StandardCharsets.UTF_8, csv.charset(), "a bad sequence among good ones: still UTF-8");
        assertEquals("ООО «Сильва»", assertInstanceOf(Line.class, csv.next().orElseThrow()).exporter());
        assertInstanceOf(Line.class, csv.next().orElseThrow());
        assertEquals(new Rejection(4, "exporter holds bytes that are not valid UTF-8 at character 5 (save the file as UTF-8 or "
                + "Windows-1251)"), csv.next().orElseThrow());
        assertInstanceOf(Line.class, csv.next().orElseThrow());

        List<Read> ascii = readAll(withBytes(HEADER + "\n" + good(1) + good(2).replace("A Ltd", "A @ Ltd"), StandardCharsets.UTF_8,
                (byte) 0xFF, (byte) 0xFE));
        assertInstanceOf(Line.class, ascii.get(0));
        assertTrue(((Rejection) ascii.get(1)).reason().startsWith("exporter holds bytes that are not valid UTF-8 at character 3"),
                ascii.toString());

        StringBuilder far = new StringBuilder(HEADER + "\n");
        int item = 1;
        while (far.length() < 70_000) {
            far.append(good(item++));
        }
        far.append(good(item).replace("Goods", "Go@ds"));
        List<Read> late = readAll(withBytes(far.toString(), StandardCharsets.UTF_8, (byte) 0xE2, (byte) 0x82));
        assertTrue(((Rejection) late.get(late.size() - 1)).reason().startsWith("goods_description holds bytes that are not valid UTF-8"),
                "a bad sequence after the part the encoding is guessed from: " + late.get(late.size() - 1));

        byte[] cp1251 = withBytes(HEADER + "\n" + good(1).replace("A Ltd", "ООО «Сильва» @"), Charset.forName("windows-1251"),
                (byte) 0x98); // the one byte Windows-1251 leaves undefined
        try (CustomsFile windows = CustomsFile.open(new ByteArrayInputStream(cp1251), Map.of(), HS)) {
            assertEquals("windows-1251", windows.charset().name());
            Rejection undefined = assertInstanceOf(Rejection.class, windows.next().orElseThrow());
            assertTrue(undefined.reason().startsWith("exporter holds bytes that are not valid windows-1251 at character 14"),
                    undefined.reason());
        }
    }

    @Test
    void wronglyTypedValuesAreRefusedSayingWhatTheyAreNot() throws IOException {
        List<Read> lines = read(HEADER + "\n"
                + good(1).replace(",100,", ",12 apples,")
                + good(2).replace(",100,", ",1e5,")
                + good(3).replace(",100,", ",9999999999999999999,")
                + good(4).replace(",1,pcs,1", ",-1,pcs,1")
                + good(5).replace(",1,pcs,1", ",1,pcs,99999999999999999.9999")
                + good(6).replace("2024-03-01", "2024-13-01")
                + good(7).replace("2024-03-01", "01.01.0001")
                + "D-1,abc,2024-03-01,854231,Goods,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs,1\n"
                + "D-1,99999999999,2024-03-01,854231,Goods,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs,1\n"
                + good(10).replace("854231", "85A231")
                + good(11).replace(",100,", ",999999999999999999.99,"),
                StandardCharsets.UTF_8, Map.of());
        assertEquals("value '12 apples' is not a number of zero or more", ((Rejection) lines.get(0)).reason());
        assertEquals("value '1e5' is not a number of zero or more", ((Rejection) lines.get(1)).reason());
        assertEquals("value '9999999999999999999' is too large (at most 18 digits before the decimal point)",
                ((Rejection) lines.get(2)).reason());
        assertEquals("quantity '-1' is not a number of zero or more", ((Rejection) lines.get(3)).reason());
        assertEquals("net_weight_kg '99999999999999999.9999' is too large (at most 17 digits before the decimal point)",
                ((Rejection) lines.get(4)).reason(), "rounded to its column's three decimals it no longer fits");
        assertTrue(((Rejection) lines.get(5)).reason().startsWith("date '2024-13-01' is neither a date"), lines.get(5).toString());
        assertEquals("date '01.01.0001' is not between the years 1900 and 2099", ((Rejection) lines.get(6)).reason());
        assertEquals("line 'abc' is not a whole number", ((Rejection) lines.get(7)).reason());
        assertEquals("line '99999999999' is too large (at most 2,147,483,647)", ((Rejection) lines.get(8)).reason());
        assertTrue(((Rejection) lines.get(9)).reason().startsWith("HS code: "), lines.get(9).toString());
        assertEquals(new BigDecimal("999999999999999999.99"), assertInstanceOf(Line.class, lines.get(10)).value());
    }

    @Test
    void aHeaderOfTenThousandColumnsIsRefusedBriefly() {
        StringBuilder header = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            header.append(i == 1 ? "" : ",").append("column_").append(i);
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(header + "\n1,2,3\n", StandardCharsets.UTF_8, Map.of()));
        String message = refused.getMessage();
        assertTrue(message.length() < 600, message.length() + " characters: " + message);
        assertTrue(message.startsWith("The header has no column for date, hs_code, exporter and "
                + "consignee; it has 10,000 columns: 'column_1', 'column_2'"), message);
        assertTrue(message.contains("'column_10' … and 9,990 more."), message);
        assertTrue(!message.contains("column_11'"), message);

        IllegalArgumentException longName = assertThrows(IllegalArgumentException.class, () -> read("x".repeat(100_000) + "\u0000,b\n",
                StandardCharsets.UTF_8, Map.of(Column.HS_CODE, "y".repeat(300))));
        assertTrue(longName.getMessage().length() < 500, longName.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> CustomsFile.Layout.of(Map.of(Column.HS_CODE, "y".repeat(5_000))));
        assertEquals("The column hs_code needs the header name it has in the files, of at most 300 characters.", tooLong.getMessage());
        assertTrue(longName.getMessage().contains("hs_code (mapped to '" + "y".repeat(59) + "…')"), longName.getMessage());
        assertTrue(longName.getMessage().contains("it has 2 columns: '" + "x".repeat(59) + "…', 'b'"), longName.getMessage());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedUnkeptAndTheNextOneRead() throws IOException {
        List<Read> lines = read(HEADER + "\n"
                + good(1).replace(",Goods,", ",\"" + "x".repeat(TradeLimits.LINE_CHARACTERS) + "\",")
                + good(2), StandardCharsets.UTF_8, Map.of());
        assertEquals(new Rejection(2, "the line is longer than 1,000,000 characters"), lines.get(0));
        assertEquals(3, assertInstanceOf(Line.class, lines.get(1)).line());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read("\"declaration_number,line\n", StandardCharsets.UTF_8, Map.of()));
        assertEquals("The header line cannot be read: a quoted field opened on line 1 is not closed on that line "
                + "(a field cannot span lines).", refused.getMessage());
    }

    @Test
    void numbersAsCustomsDataWritesThem() {
        assertEquals(new BigDecimal("1234.5"), CustomsFile.parseNumber("1234.5").orElseThrow());
        assertEquals(new BigDecimal("1234.50"), CustomsFile.parseNumber("1,234.50").orElseThrow());
        assertEquals(new BigDecimal("1234.50"), CustomsFile.parseNumber("1.234,50").orElseThrow());
        assertEquals(new BigDecimal("1234567"), CustomsFile.parseNumber("1,234,567").orElseThrow());
        assertEquals(new BigDecimal("12.5"), CustomsFile.parseNumber("12,5").orElseThrow());
        assertTrue(CustomsFile.parseNumber("12 apples").isEmpty());
    }

    /** A good line of the default layout, whose fields the tests replace. */
    private static String good(int item) {
        return "D-1," + item + ",2024-03-01,854231,Goods,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs,1\n";
    }

    @Test
    void monthsAreReadInTheWaysExportsWriteThem() {
        for (String month : List.of("2023-04", "2023/04", "04.2023", "4.2023", "04/2023", "202304", "Apr 2023", "APR-2023",
                "April 2023", "апр. 2023", "Апрель 2023", "апреля 2023", "2023 Apr")) {
            var dated = CustomsFile.parseDate(month);
            assertEquals(LocalDate.of(2023, 4, 1), dated == null ? null : dated.day(), month);
            assertEquals(org.interdict.domain.model.trade.DatePrecision.MONTH, dated.precision(), month);
        }
        assertEquals(org.interdict.domain.model.trade.DatePrecision.DAY, CustomsFile.parseDate("2023-04-17").precision());
        assertEquals(LocalDate.of(2023, 4, 17), CustomsFile.parseDate("2023-04-17 00:00:00").day(), "a spreadsheet's date-time");
        assertEquals(LocalDate.of(2023, 5, 1), CustomsFile.parseDate("май 2023").day());
        assertEquals(LocalDate.of(2023, 3, 1), CustomsFile.parseDate("март 2023").day());
        for (String notAMonth : List.of("2023-13", "13.2023", "Marsala 2023", "Foo 2023", "2023")) {
            assertEquals(null, CustomsFile.parseDate(notAMonth), notAMonth);
        }
    }

    @Test
    void aMonthlyAggregatedExportHasNoDeclarationsAndEachRowAKeyOfItsValues() throws IOException {
        String file = "Period;Importer;Supplier;HS Code;Trading country;Invoice value;Net weight, kg;Share, %\n"
                + "Apr 2023;ООО РОМАШКА;SHENZHEN TIANMU LOGISTICS CO LTD;8471300000;CHINA;4653.879999999999;12;0.5\n"
                + "Apr 2023;ООО РОМАШКА;SHENZHEN TIANMU LOGISTICS CO LTD;8471300000;CHINA;4653.879999999999;12;0.5\n"
                + "May 2023;ООО РОМАШКА;SHENZHEN TIANMU LOGISTICS CO LTD;8471300000;CHINA;100;1;0.1\n";
        List<Read> read = new ArrayList<>();
        try (CustomsFile customs = CustomsFile.open(CsvRows.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), 0),
                null, new CustomsFile.Layout(Map.of(), "RUB", null), HS)) {
            assertTrue(customs.aggregated());
            for (var line = customs.next(); line.isPresent(); line = customs.next()) {
                read.add(line.get());
            }
        }
        Line first = assertInstanceOf(Line.class, read.get(0));
        Line twin = assertInstanceOf(Line.class, read.get(1));
        Line may = assertInstanceOf(Line.class, read.get(2));
        assertTrue(first.aggregated());
        assertEquals(null, first.declaration());
        assertEquals(null, first.item());
        assertEquals(LocalDate.of(2023, 4, 1), first.date());
        assertEquals(org.interdict.domain.model.trade.DatePrecision.MONTH, first.datePrecision());
        assertEquals("RUB", first.currency(), "the file's currency where it names none");
        assertEquals("CN", first.dispatch());
        assertEquals("8471300000", first.hsCode().digits());
        assertTrue(first.key().startsWith("A:"), first.key());
        assertEquals(first.key() + "#2", twin.key(), "a second row alike in every value is a record of its own");
        assertTrue(!may.key().startsWith(first.key()), "another month, another key");
        // The same file read again gives the same keys: a re-import finds them held.
        List<String> again = new ArrayList<>();
        try (CustomsFile customs = CustomsFile.open(CsvRows.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), 0),
                null, new CustomsFile.Layout(Map.of(), "RUB", null), HS)) {
            for (var line = customs.next(); line.isPresent(); line = customs.next()) {
                again.add(((Line) line.get()).key());
            }
        }
        assertEquals(List.of(first.key(), twin.key(), may.key()), again);
    }

    @Test
    void declarationLinesNumberedZeroAreKeyedByTheirValuesAndADeclarationFileStillNeedsItsNumbers() throws IOException {
        List<Read> read = read(HEADER + "\n"
                + "D-7,0,2024-03-01,854231,Chips,A Ltd,B LLC,CN,CN,RU,100,USD,1,pcs,1\n"
                + "D-7,0,2024-03-01,854231,Boards,A Ltd,B LLC,CN,CN,RU,200,USD,1,pcs,1\n"
                + "D-7,2,2024-03-01,854231,Boards,A Ltd,B LLC,CN,CN,RU,200,USD,1,pcs,1\n"
                + ",3,2024-03-01,854231,Boards,A Ltd,B LLC,CN,CN,RU,200,USD,1,pcs,1\n", StandardCharsets.UTF_8, Map.of());
        Line chips = assertInstanceOf(Line.class, read.get(0));
        Line boards = assertInstanceOf(Line.class, read.get(1));
        assertEquals(null, chips.item(), "line 0 is no line number");
        assertTrue(chips.key().startsWith("C:") && boards.key().startsWith("C:") && !chips.key().equals(boards.key()));
        assertEquals("D:D-7#2", assertInstanceOf(Line.class, read.get(2)).key());
        assertTrue(!chips.aggregated());
        assertEquals("declaration_number is missing", assertInstanceOf(Rejection.class, read.get(3)).reason());
    }

    @Test
    void vendorHeadersAreKnownWrittenOtherwiseAndAHeaderServesOneColumnOnly() {
        Map<Column, Integer> columns = CustomsFile.columnsOf(List.of("№ товара", "Наименование товара", "Exporter name",
                "HS_CODE", "Net Weight (kg)", "Consigne", "PERIOD", "Country of origin"), Map.of());
        assertEquals(0, columns.get(Column.LINE));
        assertEquals(1, columns.get(Column.DESCRIPTION), "the goods description, not the line number's header again");
        assertEquals(2, columns.get(Column.EXPORTER));
        assertEquals(3, columns.get(Column.HS_CODE));
        assertEquals(4, columns.get(Column.NET_WEIGHT));
        assertEquals(5, columns.get(Column.CONSIGNEE), "one letter off");
        assertEquals(6, columns.get(Column.DATE));
        assertEquals(7, columns.get(Column.ORIGIN));
        Map<Column, Integer> mapped = CustomsFile.columnsOf(List.of("Exporter", "Real exporter"), Map.of(Column.EXPORTER, "Real exporter"));
        assertEquals(1, mapped.get(Column.EXPORTER), "a mapping wins over a known name");
    }

    @Test
    void aLayoutTakesAColumnOfTheFileForOneThingAndMayNameTheFilesDestination() throws IOException {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> CustomsFile.Layout.of(Map.of(Column.EXPORTER, "SUPPLIER", Column.CONSIGNEE, "Supplier")));
        assertEquals("The file's column 'Supplier' cannot be both exporter and consignee: a column holds one thing.",
                twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CustomsFile.Layout(Map.of(), "ZZZ", null, null),
                "a currency ISO 4217 does not know");
        assertEquals("RU", new CustomsFile.Layout(Map.of(), null, "Russian Federation", null).destination());
        IllegalArgumentException nowhere = assertThrows(IllegalArgumentException.class,
                () -> new CustomsFile.Layout(Map.of(), null, "Atlantis", null));
        assertTrue(nowhere.getMessage().contains("'Atlantis' is no country"), nowhere.getMessage());

        String file = "Period;Importer;Supplier;HS Code;Country of destination\n"
                + "Apr 2023;OOO ROMASHKA;SHANGHAI H WIN;854231;\n"
                + "Apr 2023;OOO ROMASHKA;SHANGHAI H WIN;854231;KZ\n";
        try (CustomsFile customs = CustomsFile.open(CsvRows.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), 0),
                null, new CustomsFile.Layout(Map.of(), null, "RU", null), HS)) {
            assertEquals("RU", ((Line) customs.next().orElseThrow()).destination(), "the file's destination where a row names none");
            assertEquals("KZ", ((Line) customs.next().orElseThrow()).destination(), "a row's own destination first");
        }
    }

    @Test
    void aBinaryFileIsNoCsv() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0};
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CustomsFile.open(new ByteArrayInputStream(elf), Map.of(), HS));
        assertEquals("The file is neither text (CSV) nor an Excel workbook (.xlsx): it holds bytes no text file has.",
                refused.getMessage());
    }

    @Test
    void aFileCurrencyMustBeACode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CustomsFile.Layout(Map.of(), "roubles", null));
        assertTrue(e.getMessage().contains("'roubles' is not a three-letter ISO 4217 code"), e.getMessage());
    }

    /** The text in the charset, its one {@code @} replaced by the bytes. */
    private static byte[] withBytes(String text, Charset charset, byte... bytes) {
        byte[] before = text.substring(0, text.indexOf('@')).getBytes(charset);
        byte[] after = text.substring(text.indexOf('@') + 1).getBytes(charset);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before);
        out.writeBytes(bytes);
        out.writeBytes(after);
        return out.toByteArray();
    }

    private static List<Read> readAll(byte[] file) throws IOException {
        List<Read> lines = new ArrayList<>();
        try (CustomsFile csv = CustomsFile.open(new ByteArrayInputStream(file), Map.of(), HS)) {
            for (var line = csv.next(); line.isPresent(); line = csv.next()) {
                lines.add(line.get());
            }
        }
        return lines;
    }

    private static List<Read> read(String text, Charset charset, Map<Column, String> mapping) throws IOException {
        List<Read> lines = new ArrayList<>();
        try (CustomsFile csv = CustomsFile.open(new ByteArrayInputStream(text.getBytes(charset)), mapping, HS)) {
            for (var line = csv.next(); line.isPresent(); line = csv.next()) {
                lines.add(line.get());
            }
        }
        return lines;
    }
}
