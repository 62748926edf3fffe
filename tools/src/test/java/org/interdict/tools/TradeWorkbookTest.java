package org.interdict.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.CsvReader;
import org.interdict.application.trade.TableRows;
import org.interdict.application.trade.XlsxRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

class TradeWorkbookTest {

    private static final Path REFERENCE = Path.of(System.getProperty("interdict.shared.data", "../../shared/data"), "reference");
    private static final Set<String> NUMBERS = Set.of("line", "value", "quantity", "net_weight_kg");

    @TempDir
    Path dir;

    /**
     * The generator's workbook holds the lines of its CSV for the same seed, typed, a title before each
     * sheet's header, and reads back through the server's own reader (XlsxRows) as the same text.
     */
    @Test
    void theWorkbookHoldsTheCsvsLinesAndReadsBackAsTheServerReadsIt() throws IOException {
        int lines = 10_000;
        Path csv = dir.resolve("lines.csv");
        Path xlsx = dir.resolve("lines.xlsx");
        TradeGenerator.write(csv, TradeGenerator.Format.CSV, lines, 7, REFERENCE, TradeGenerator.POST);
        try (TradeWorkbook workbook = new TradeWorkbook(xlsx, 4_000)) {
            TradeGenerator.write(workbook, lines, 7, REFERENCE, "10702070");
        }
        assertEquals(List.of("Declarations 1", "Declarations 2", "Declarations 3"), XlsxRows.sheets(xlsx));

        List<List<String>> expected = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvReader reader = new CsvReader(in, ',');
            assertEquals(List.of(TradeGenerator.HEADER), reader.next().fields());
            for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
                expected.add(row.fields());
            }
        }
        assertEquals(lines, expected.size());

        int read = 0;
        int hsWithLeadingZero = 0;
        try (XlsxRows rows = XlsxRows.open(xlsx, null)) {
            String sheet = null;
            boolean header = false;
            for (TableRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (!row.sheet().equals(sheet)) {
                    sheet = row.sheet();
                    header = false;
                    assertTrue(row.fields().get(0).startsWith("Customs declarations"), "a title first: " + row);
                    assertEquals(1, row.sheetRow());
                    continue;
                }
                if (!header) {
                    assertEquals(List.of(TradeGenerator.HEADER), row.fields());
                    assertEquals(3, row.sheetRow(), "the header after the title and an empty row");
                    header = true;
                    continue;
                }
                List<String> want = expected.get(read++);
                List<String> got = row.fields();
                assertEquals(want.size(), got.size(), row.where());
                for (int i = 0; i < want.size(); i++) {
                    String column = TradeGenerator.HEADER[i];
                    if (NUMBERS.contains(column)) {
                        assertEquals(0, new BigDecimal(want.get(i)).compareTo(new BigDecimal(got.get(i))),
                                row.where() + " " + column + ": " + want.get(i) + " vs " + got.get(i));
                    } else if (column.equals("declaration_number")) {
                        assertEquals(want.get(i).replace(TradeGenerator.POST + "/", "10702070/"), got.get(i));
                    } else {
                        assertEquals(want.get(i), got.get(i), row.where() + " " + column);
                    }
                }
                if (got.get(3).startsWith("0") && got.get(3).matches("[0-9]+")) {
                    hsWithLeadingZero++;
                }
            }
            assertEquals(1.0, rows.done());
        }
        assertEquals(lines, read);
        assertTrue(hsWithLeadingZero > 0, "HS codes of chapters 01 to 09, typed as numbers, keep their leading zero");
    }

    @Test
    void theFormatComesFromTheFileName() {
        assertEquals(TradeGenerator.Format.XLSX, TradeGenerator.Format.of(Path.of("trade-1000.XLSX")));
        assertEquals(TradeGenerator.Format.CSV, TradeGenerator.Format.of(Path.of("trade-1000.csv")));
        assertEquals(TradeGenerator.Format.CSV, TradeGenerator.Format.of(Path.of("trade")));
    }
}
