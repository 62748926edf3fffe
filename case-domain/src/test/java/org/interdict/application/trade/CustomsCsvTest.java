package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.trade.CustomsCsv.Column;
import org.interdict.application.trade.CustomsCsv.Line;
import org.interdict.application.trade.CustomsCsv.Read;
import org.interdict.application.trade.CustomsCsv.Rejection;
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

class CustomsCsvTest {

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
    void windows1251WithSemicolonsRussianHeadersAndExtraColumns() throws IOException {
        String text = "Номер декларации;№ товара;Дата;Код ТН ВЭД;Описание товара;Отправитель;Получатель;Страна назначения;"
                + "Стоимость;Валюта;Примечание\r\n"
                + "10702030/050324/0000001;3;05.03.2024;8525 89 000 0;Тепловизионные камеры;"
                + "Уханьская компания;ООО «Сильва»;RU;1 234,50;CNY;проверено\r\n";
        CustomsCsv csv = CustomsCsv.open(new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1251"))), Map.of(), HS);
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
                + "D-1,6,2024-03-01,854231,,A Ltd,B LLC,China,CN,RU,100,USD,1,pcs,1\n"
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
        assertTrue(((Rejection) lines.get(5)).reason().contains("origin_country 'China'"), lines.get(5).toString());
        assertEquals(8, assertInstanceOf(Line.class, lines.get(6)).line());
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedSayingWhich() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read("declaration_number,line,date,exporter,consignee\nD,1,2024-01-01,A,B\n", StandardCharsets.UTF_8, Map.of()));
        assertTrue(refused.getMessage().contains("no column for hs_code"), refused.getMessage());
    }

    @Test
    void numbersAsCustomsDataWritesThem() {
        assertEquals(new BigDecimal("1234.5"), CustomsCsv.parseNumber("1234.5").orElseThrow());
        assertEquals(new BigDecimal("1234.50"), CustomsCsv.parseNumber("1,234.50").orElseThrow());
        assertEquals(new BigDecimal("1234.50"), CustomsCsv.parseNumber("1.234,50").orElseThrow());
        assertEquals(new BigDecimal("1234567"), CustomsCsv.parseNumber("1,234,567").orElseThrow());
        assertEquals(new BigDecimal("12.5"), CustomsCsv.parseNumber("12,5").orElseThrow());
        assertTrue(CustomsCsv.parseNumber("12 apples").isEmpty());
    }

    private static List<Read> read(String text, Charset charset, Map<Column, String> mapping) throws IOException {
        List<Read> lines = new ArrayList<>();
        try (CustomsCsv csv = CustomsCsv.open(new ByteArrayInputStream(text.getBytes(charset)), mapping, HS)) {
            for (var line = csv.next(); line.isPresent(); line = csv.next()) {
                lines.add(line.get());
            }
        }
        return lines;
    }
}
