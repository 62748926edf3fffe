package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.interdict.application.trade.TableRows.MalformedRowException;
import org.interdict.application.trade.XlsxCells.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

class XlsxRowsTest {

    @TempDir
    Path dir;

    /**
     * A vendor's workbook as Excel keeps it: shared strings, a title and an empty row before the header,
     * dates under day and month formats, an HS code typed as a number, a formula, an error, a cell left
     * out, an empty row; and a second sheet.
     */
    private Path vendorWorkbook() throws IOException {
        Path file = dir.resolve("vendor.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle day = style(workbook, "dd.mm.yyyy");
            CellStyle month = style(workbook, "mmm yyyy");
            CellStyle money = style(workbook, "#,##0.00");
            CellStyle zeros = style(workbook, "0000000000");
            Sheet jan = workbook.createSheet("Jan");
            jan.createRow(0).createCell(0).setCellValue("Customs extract, January 2024");
            // Row 2 is not written at all; row 3 is the header.
            Row header = jan.createRow(2);
            String[] names = {"declaration", "line", "date", "hs", "share", "value", "checked", "double", "ratio", "month", "skipped", "last"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row data = jan.createRow(3);
            data.createCell(0).setCellValue("10702030/050324/0000001");
            data.createCell(1).setCellValue(1);
            cell(data, 2, day).setCellValue(LocalDate.of(2024, 3, 5));
            data.createCell(3).setCellValue(8471300000d);
            data.createCell(4).setCellValue(0.5);
            cell(data, 5, money).setCellValue(4653.879999999999);
            data.createCell(6).setCellValue(true);
            data.createCell(7).setCellFormula("B4*2");
            data.createCell(8).setCellErrorValue(FormulaError.NA.getCode());
            cell(data, 9, month).setCellValue(LocalDate.of(2024, 3, 1));
            // Column K (10) left out: an empty string at its place.
            data.createCell(11).setCellValue("Шанхай");
            jan.createRow(4); // a row with no cells
            Row blank = jan.createRow(5);
            blank.createCell(0).setCellValue("");
            Row second = jan.createRow(6);
            second.createCell(0).setCellValue("10702030/050324/0000001");
            cell(second, 3, zeros).setCellValue(101210000d);
            second.createCell(4).setCellFormula("\"HS \"&\"0101\"");
            second.createCell(5).setCellValue(false);
            Sheet feb = workbook.createSheet("Feb");
            feb.createRow(0).createCell(0).setCellValue("February");
            Row febRow = feb.createRow(2);
            febRow.createCell(0).setCellValue("10702030/010224/0000009");
            febRow.createCell(1).setCellValue(-12.25);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(workbook, file);
        }
        return file;
    }

    @Test
    void cellsReadAsAnAnalystSeesThemSheetAfterSheet() throws IOException {
        try (XlsxRows rows = XlsxRows.open(vendorWorkbook(), null)) {
            assertEquals("XLSX, sheets 'Jan', 'Feb'", rows.describe());
            TableRows.Row title = rows.next();
            assertEquals(new TableRows.Row(1, "Jan", 1, List.of("Customs extract, January 2024")), title);
            TableRows.Row header = rows.next();
            assertEquals(3, header.line(), "row 2 is missing and counted");
            assertEquals(3, header.sheetRow());
            assertEquals("declaration", header.fields().get(0));
            TableRows.Row data = rows.next();
            assertEquals(4, data.sheetRow());
            assertEquals(List.of("10702030/050324/0000001", "1", "2024-03-05", "8471300000", "0.5", "4653.879999999999", "TRUE",
                    "2", "#N/A", "2024-03", "", "Шанхай"), data.fields());
            TableRows.Row second = rows.next();
            assertEquals(7, second.sheetRow(), "the empty rows 5 and 6 are skipped");
            assertEquals(List.of("10702030/050324/0000001", "", "", "0101210000", "HS 0101", "FALSE"), second.fields(),
                    "a format of zeros keeps the HS code's leading zero; a text formula gives its text");
            TableRows.Row february = rows.next();
            assertEquals(new TableRows.Row(8, "Feb", 1, List.of("February")), february, "Feb's row 1 comes after Jan's last row, 7");
            TableRows.Row febData = rows.next();
            assertEquals(10, febData.line());
            assertEquals(3, febData.sheetRow());
            assertEquals(List.of("10702030/010224/0000009", "-12.25"), febData.fields());
            assertEquals("sheet 'Feb', row 3", febData.where());
            assertNull(rows.next());
            assertNull(rows.next());
            assertEquals(1.0, rows.done());
        }
    }

    @Test
    void oneSheetChosenByNameAndTheSheetsListed() throws IOException {
        Path file = vendorWorkbook();
        assertEquals(List.of("Jan", "Feb"), XlsxRows.sheets(file));
        try (XlsxRows rows = XlsxRows.open(file, "feb")) {
            assertEquals("XLSX, sheet 'Feb'", rows.describe());
            TableRows.Row first = rows.next();
            assertEquals("Feb", first.sheet());
            assertEquals(1, first.line());
            assertEquals(3, rows.next().line());
            assertNull(rows.next());
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> XlsxRows.open(file, "March"));
        assertEquals("The workbook has no sheet 'March'; it has: 'Jan', 'Feb'.", unknown.getMessage());
    }

    @Test
    void numbersInPlainNotationAsTheCellHoldsThem() {
        assertEquals("8471300000", XlsxCells.plain("8.4713E9"));
        assertEquals("8471300000", XlsxCells.plain("8471300000"));
        assertEquals("100", XlsxCells.plain("100.0"));
        assertEquals("0.5", XlsxCells.plain("0.5"));
        assertEquals("0", XlsxCells.plain("-0.0"));
        assertEquals("0.0000001", XlsxCells.plain("1E-7"));
        assertEquals("4653.879999999999", XlsxCells.plain("4653.879999999999"));
        assertEquals("-12.25", XlsxCells.plain("-1.225E1"));
    }

    @Test
    void dateFormatsTellDaysFromMonthsAndTimes() {
        assertEquals(Kind.DATE, XlsxCells.kind(14, "m/d/yy"));
        assertEquals(Kind.DATE, XlsxCells.kind(164, "dd.mm.yyyy"));
        assertEquals(Kind.DATE, XlsxCells.kind(164, "dd.mm.yyyy hh:mm"), "a date with a time gives its date");
        assertEquals(Kind.DATE, XlsxCells.kind(164, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"));
        assertEquals(Kind.MONTH, XlsxCells.kind(17, "mmm-yy"));
        assertEquals(Kind.MONTH, XlsxCells.kind(164, "mmm yyyy"));
        assertEquals(Kind.MONTH, XlsxCells.kind(164, "mm.yyyy"));
        assertEquals(Kind.MONTH, XlsxCells.kind(164, "yyyy-mm"));
        assertEquals(Kind.MONTH, XlsxCells.kind(164, "[$-419]mmmm yyyy;@"));
        assertEquals(Kind.TIME, XlsxCells.kind(164, "h:mm:ss AM/PM"));
        assertEquals(Kind.TIME, XlsxCells.kind(164, "[h]:mm"));
        assertEquals(Kind.ZEROS, XlsxCells.kind(164, "0000000000"));
        assertEquals(Kind.PLAIN, XlsxCells.kind(164, "#,##0.00"));
        assertEquals(Kind.PLAIN, XlsxCells.kind(10, "0.00%"));
        assertEquals(Kind.PLAIN, XlsxCells.kind(0, "General"));
        assertEquals(Kind.PLAIN, XlsxCells.kind(49, "@"));
    }

    /** What POI never writes but other producers do: no row or cell references, runs, phonetic guides, escapes. */
    @Test
    void aSheetWrittenByAnotherProgram() throws IOException {
        Path file = handmade(sheetXml("<row><c t=\"inlineStr\"><is><r><t>Shang</t></r><r><t xml:space=\"preserve\">hai </t></r>"
                + "<rPh><t>シャンハイ</t></rPh></is></c><c><v>8.4713E9</v></c><c t=\"s\"><v>1</v></c></row>"
                + "<row><c r=\"C2\" t=\"str\"><f>A1</f><v>a_x000D_b</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"d\"><v>2024-03-05T00:00:00</v></c><c r=\"B4\" t=\"e\"><v>#DIV/0!</v></c></row>"),
                "<sst><si><t>zero</t></si><si><r><t>o</t></r><r><t>ne</t></r></si></sst>");
        try (XlsxRows rows = XlsxRows.open(file, null)) {
            assertEquals(new TableRows.Row(1, "Data", 1, List.of("Shanghai ", "8471300000", "one")), rows.next());
            assertEquals(new TableRows.Row(2, "Data", 2, List.of("", "", "a\rb")), rows.next());
            assertEquals(new TableRows.Row(4, "Data", 4, List.of("2024-03-05", "#DIV/0!")), rows.next());
            assertNull(rows.next());
        }
    }

    @Test
    void aBadRowIsRefusedAndTheRowsAfterItAreRead() throws IOException {
        Path file = handmade(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>fine</t></is></c></row>"), "<sst><si><t>only</t></si></sst>");
        try (XlsxRows rows = XlsxRows.open(file, null)) {
            MalformedRowException bad = assertThrows(MalformedRowException.class, rows::next);
            assertEquals(1, bad.line());
            assertEquals("sheet 'Data', row 1: a cell names shared string 7, but the workbook has 1", bad.getMessage());
            assertEquals(List.of("fine"), rows.next().fields());
        }
    }

    @Test
    void aBrokenSheetIsAnIoErrorSayingWhere() throws IOException {
        Path file = handmade(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>fine</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c>").replace("</sheetData></worksheet>", "<row r=\"3\"><c"), null);
        try (XlsxRows rows = XlsxRows.open(file, null)) {
            assertEquals(List.of("fine"), rows.next().fields());
            IOException broken = assertThrows(IOException.class, () -> {
                while (rows.next() != null) {
                    // read on to the break
                }
            });
            assertTrue(broken.getMessage().startsWith("The XML of sheet 'Data' is broken after row "), broken.getMessage());
        }
    }

    /**
     * A ZIP bomb is refused by the reader's own guard (Tika switches POI's ratio off for the whole JVM): a
     * sheet that its archive says inflates a thousandfold, and one whose archive understates its size.
     */
    @Test
    void aSheetInflatingLikeAZipBombIsRefused() throws IOException {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>fine</t></is></c></row>" + " ".repeat(20 << 20)
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>";
        Path bomb = handmade(sheetXml(rows), null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> XlsxRows.open(bomb, null));
        assertTrue(refused.getMessage().matches("Sheet 'Data' inflates to [0-9]+ times its packed size \\(more than 100\\), "
                + "which is refused as a possible ZIP bomb \\(a file made to exhaust the server\\)\\."), refused.getMessage());

        Path understated = understate(handmade(sheetXml(rows), null), "xl/worksheets/sheet1.xml", 4_000);
        try (XlsxRows read = XlsxRows.open(understated, null)) {
            IOException stopped = assertThrows(IOException.class, read::next);
            assertEquals("Sheet 'Data' inflates to more than the archive says (4,000 bytes), which is refused as a possible "
                    + "ZIP bomb (a file made to exhaust the server); it was read from its start.", stopped.getMessage());
        }
    }

    /** The archive with the size its central directory gives that entry changed (a lie a ZIP bomb tells). */
    private static Path understate(Path zip, String entry, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 < bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == name.length
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(at + 24, size);
                Files.write(zip, bytes);
                return zip;
            }
        }
        throw new AssertionError("no central directory entry " + entry);
    }

    @Test
    void workbooksThatCannotBeReadAreRefusedInWords() throws IOException {
        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Jan").createRow(0).createCell(0).setCellValue("x");
            write(old, xls);
        }
        assertTrue(XlsxRows.isXlsx(Files.readAllBytes(xls)), "an .xls goes to the workbook reader, which refuses it");
        assertEquals(XlsxRows.XLS, assertThrows(IllegalArgumentException.class, () -> XlsxRows.open(xls, null)).getMessage());

        Path zip = dir.resolve("photos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(XlsxRows.isXlsx(Files.readAllBytes(zip)));
        assertEquals(XlsxRows.NOT_A_WORKBOOK, assertThrows(IllegalArgumentException.class, () -> XlsxRows.open(zip, null)).getMessage());

        Path docx = dir.resolve("letter.docx");
        try (XWPFDocument letter = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            letter.createParagraph().createRun().setText("Dear customs office");
            letter.write(out);
        }
        assertEquals(XlsxRows.NOT_A_WORKBOOK, assertThrows(IllegalArgumentException.class, () -> XlsxRows.sheets(docx)).getMessage());

        Path csv = dir.resolve("lines.csv");
        Files.writeString(csv, "declaration_number,line\nD-1,1\n");
        assertFalse(XlsxRows.isXlsx(Files.readAllBytes(csv)));
        assertFalse(XlsxRows.isXlsx(new byte[] {'P', 'K'}));
        assertThrows(IllegalArgumentException.class, () -> XlsxRows.open(csv, null));
    }

    @Test
    void aWorkbookEncryptedWithAPasswordIsRefusedAsSuch() throws Exception {
        Path plain = vendorWorkbook();
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("customs");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(XlsxRows.isXlsx(Files.readAllBytes(encrypted)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> XlsxRows.open(encrypted, null));
        assertEquals(XlsxRows.PASSWORD, refused.getMessage());
        assertTrue(refused.getMessage().startsWith("The workbook is protected by a password: "));
    }

    @Test
    void manySharedStringsGoToATemporaryFileAndReadBackTheSame() throws Exception {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        int count = 120_000;
        for (int i = 0; i < count; i++) {
            xml.append("<si><t>").append(i).append(" ООО «Сильва» declaration of many goods ").append("x".repeat(i % 50))
                    .append("</t><rPh><t>guide</t></rPh></si>");
        }
        xml.append("</sst>");
        XMLStreamReader reader = org.apache.poi.util.XMLHelper.newXMLInputFactory()
                .createXMLStreamReader(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
        try (XlsxSharedStrings strings = XlsxSharedStrings.read(reader)) {
            assertTrue(strings.spilled(), "more than " + XlsxSharedStrings.IN_MEMORY + " bytes of strings");
            assertEquals(count, strings.size());
            for (int i : new int[] {0, 1, 77_777, count - 1}) {
                assertEquals(i + " ООО «Сильва» declaration of many goods " + "x".repeat(i % 50), strings.get(i));
            }
        }
    }

    /**
     * 200,000 rows stream out one at a time: the first comes when a sliver of the sheet's XML is read,
     * and reading them all does not grow the heap (a sheet held whole would take hundreds of megabytes).
     */
    @Test
    void rowsStreamOutBeforeTheSheetIsReadAndInBoundedMemory() throws IOException {
        Path file = dir.resolve("big.xlsx");
        int count = 200_000;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Lines");
            for (int r = 0; r < count; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("10702030/050324/" + r);
                row.createCell(1).setCellValue(r);
                row.createCell(2).setCellValue("Goods of subheading 847130, a description of some length for row " + r);
                row.createCell(3).setCellValue("Wuhan Global Sensor Technology Co., Ltd.");
                row.createCell(4).setCellValue(r * 1.25);
            }
            write(workbook, file);
        }
        try (XlsxRows rows = XlsxRows.open(file, null)) {
            TableRows.Row first = rows.next();
            assertEquals("10702030/050324/0", first.fields().get(0));
            assertTrue(rows.done() < 0.02, "the first row came after " + rows.done() + " of the sheet was read");
            long base = usedAfterGc();
            long most = base;
            long seen = 1;
            double done = rows.done();
            TableRows.Row row;
            while ((row = rows.next()) != null) {
                seen++;
                assertTrue(rows.done() >= done);
                done = rows.done();
                if (seen % 50_000 == 0) {
                    most = Math.max(most, usedAfterGc());
                    assertEquals(String.valueOf(seen - 1), row.fields().get(1));
                }
            }
            assertEquals(count, seen);
            assertTrue(most - base < 60L << 20, "the heap grew by " + ((most - base) >> 20) + " MB while reading");
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    // ---- making workbooks

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /** A workbook of one sheet «Data» with this XML (and these shared strings, if any), written part by part. */
    private Path handmade(String sheet, String sharedStrings) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
                + "\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet);
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings.replace("<sst>", "<sst xmlns=\"" + main + "\">"));
        }
        Path file = dir.resolve("handmade-" + System.nanoTime() + ".xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
