package org.interdict.tools;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Made-up declaration lines as an Excel workbook, the way vendors deliver extracts: on each sheet a
 * title and an empty row before the header, then the lines with typed cells (the line number, value,
 * quantity and weight as numbers, the date as a date under {@code dd.mm.yyyy}, an HS code of digits as a
 * number under a format of zeros that keeps its leading zero, the rest as text), at most
 * {@value #ROWS_PER_SHEET} lines a sheet. Written by POI's streaming writer (SXSSF): only a window of
 * {@value #WINDOW} rows is in memory, the rest goes to compressed temporary files until the workbook is
 * written out, so a million lines take no more memory than a thousand.
 */
final class TradeWorkbook implements TradeGenerator.Sink {

    static final int ROWS_PER_SHEET = 500_000;
    private static final int WINDOW = 100;
    /** The row of each sheet's header (0-based): after the title and an empty row. */
    private static final int HEADER_ROW = 2;

    private final Path out;
    private final int rowsPerSheet;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle date;
    private final Map<Integer, CellStyle> zeros = new HashMap<>();
    private Sheet sheet;
    private int row;
    private int inSheet;

    TradeWorkbook(Path out) {
        this(out, ROWS_PER_SHEET);
    }

    TradeWorkbook(Path out, int rowsPerSheet) {
        this.out = out;
        this.rowsPerSheet = rowsPerSheet;
        workbook.setCompressTempFiles(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
    }

    @Override
    public void line(String[] fields) throws IOException {
        if (sheet == null || inSheet == rowsPerSheet) {
            newSheet();
        }
        Row cells = sheet.createRow(row++);
        inSheet++;
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            Cell cell = cells.createCell(i);
            switch (TradeGenerator.HEADER[i]) {
                case "line", "value", "quantity", "net_weight_kg" -> cell.setCellValue(Double.parseDouble(field));
                case "date" -> {
                    cell.setCellValue(LocalDate.parse(field));
                    cell.setCellStyle(date);
                }
                case "hs_code" -> {
                    if (field.matches("[0-9]+")) {
                        cell.setCellValue(Double.parseDouble(field));
                        cell.setCellStyle(zeros.computeIfAbsent(field.length(), this::zeros));
                    } else {
                        cell.setCellValue(field);
                    }
                }
                default -> cell.setCellValue(field);
            }
        }
    }

    private void newSheet() {
        sheet = workbook.createSheet("Declarations " + (workbook.getNumberOfSheets() + 1));
        sheet.createRow(0).createCell(0).setCellValue("Customs declarations (made up by Interdict's generator), part "
                + workbook.getNumberOfSheets());
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < TradeGenerator.HEADER.length; i++) {
            header.createCell(i).setCellValue(TradeGenerator.HEADER[i]);
        }
        row = HEADER_ROW + 1;
        inSheet = 0;
    }

    private CellStyle zeros(int digits) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("0".repeat(digits)));
        return style;
    }

    /** Writes the workbook out and deletes the temporary files. */
    @Override
    public void close() throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            workbook.write(stream);
        } finally {
            workbook.close();
        }
    }
}
