package org.interdict.it;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Customs files for the tests: CSV in the default layout, and vendors' tables written as CSV or as an
 * Excel workbook. A vendor's table is rows of cells, each cell a {@link String} (text), a {@link Number}
 * (a numeric cell), a {@link LocalDate} (a date cell shown as a day), a {@link YearMonth} (a date cell
 * shown as a month) or null (an empty cell); rows may differ in length (a preamble's).
 */
final class TradeFiles {

    /** The media type of an Excel workbook, as a browser uploads an .xlsx file. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private TradeFiles() {
    }

    static String header() {
        return "declaration_number,line,date,hs_code,goods_description,exporter,consignee,origin_country,dispatch_country,"
                + "destination_country,value,currency,quantity,unit,net_weight_kg\n";
    }

    /** One good line: its goods come from China through Hong Kong, at 1,000 USD. */
    static String line(String declaration, int item, String exporter, String consignee, String hsCode, String destination) {
        return declaration + "," + item + ",2024-03-01," + hsCode + ",Goods," + quote(exporter) + "," + quote(consignee)
                + ",CN,HK," + destination + ",1000.00,USD,10,pcs,2.5\n";
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /**
     * A vendor's table as a CSV file (comma-separated, a field quoted where it holds a comma, a quote or a
     * line break): numbers in plain notation, days as {@code dd.MM.yyyy}, months as {@code yyyy-MM}.
     */
    static String csv(List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(csvField(row.get(i)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String csvField(Object cell) {
        String text;
        if (cell == null) {
            return "";
        } else if (cell instanceof LocalDate day) {
            text = DAY.format(day);
        } else if (cell instanceof YearMonth month) {
            text = month.toString();
        } else if (cell instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else {
            text = cell.toString();
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? quote(text) : text;
    }

    /**
     * A vendor's tables as an Excel workbook, one sheet per entry in the map's order: text in string cells,
     * numbers in numeric cells, days as date cells formatted {@code dd.mm.yyyy}, months as date cells (the
     * month's first day) formatted {@code mmm yyyy}; an empty row is a row without cells.
     */
    static byte[] xlsx(Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("mmm yyyy"));
            for (Map.Entry<String, List<List<Object>>> table : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(table.getKey());
                List<List<Object>> rows = table.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof LocalDate date) {
                            cell.setCellValue(date);
                            cell.setCellStyle(day);
                        } else if (value instanceof YearMonth ym) {
                            cell.setCellValue(ym.atDay(1));
                            cell.setCellStyle(month);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
