package org.interdict.application.trade;

import java.io.IOException;
import java.util.List;

/**
 * The rows of a table as a file delivers them, one after another and never all in memory: a CSV
 * file's records or the rows of a workbook's sheets. Each sheet
 * has its own header somewhere among its first rows; {@link CustomsFile} looks for it again whenever
 * {@link Row#sheet()} changes.
 */
public interface TableRows extends AutoCloseable {

    /**
     * A row: its number in the file, unique and rising across sheets (the first row of a CSV file is
     * 1), the sheet it is on (null in a CSV file), its number on that sheet as the spreadsheet shows it,
     * and its cells as text (an empty cell is the empty string).
     */
    record Row(long line, String sheet, long sheetRow, List<String> fields) {

        /** Where the row is, in words for a refusal: {@code line 12}, or {@code sheet «Feb», row 12}. */
        public String where() {
            return sheet == null ? "line " + line : "sheet " + TradeText.quote(sheet) + ", row " + sheetRow;
        }
    }

    /** A row that cannot be read: a quote left open, a row longer than the limit, a sheet's XML broken. */
    final class MalformedRowException extends RuntimeException {

        private final long line;

        public MalformedRowException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /**
     * The next row, or null at the end.
     *
     * @throws MalformedRowException when the row cannot be read; the rows after it can be asked for
     * @throws IOException when the file cannot be read further
     */
    Row next() throws IOException;

    /** The share of the file read so far, 0 to 1, for the import's progress. */
    double done();

    /** What the file is, for the import's record: {@code UTF-8 CSV, ';'} or {@code XLSX, 2 sheets}. */
    String describe();

    @Override
    void close() throws IOException;
}
