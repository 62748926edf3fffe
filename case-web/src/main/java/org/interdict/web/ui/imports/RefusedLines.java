package org.interdict.web.ui.imports;

import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the refused lines of an import as {@code TradeImportService.rejectionsCsv} writes them (RFC 4180,
 * header "line,reason") and keeps the first few for the page, so that the page shows exactly what the
 * download holds without a second way of reading the refusals. Rows beyond the limit are only counted.
 */
public final class RefusedLines extends Writer {

    /** A refused line: its number in the file (the header is line 1) and the reason in words. */
    public record Refusal(String line, String reason) implements Serializable {
    }

    private final int limit;
    private final List<Refusal> kept = new ArrayList<>();
    private final List<String> fields = new ArrayList<>(2);
    private final StringBuilder field = new StringBuilder();
    private long rows = -1; // the header is row 0
    private boolean quoted;
    private boolean quoteSeen;
    private boolean afterCr;

    RefusedLines(int limit) {
        this.limit = limit;
    }

    /** The first refusals, in the order of the file. */
    List<Refusal> kept() {
        return kept;
    }

    /** How many refusals the CSV held in all. */
    long total() {
        return Math.max(0, rows);
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            accept(buffer[i]);
        }
    }

    private void accept(char c) {
        if (quoted) {
            if (quoteSeen) {
                quoteSeen = false;
                if (c == '"') {
                    field.append('"');
                    return;
                }
                quoted = false;
                // fall through: the quote closed the field; c is what follows it
            } else if (c == '"') {
                quoteSeen = true;
                return;
            } else {
                field.append(c);
                return;
            }
        }
        if (c == '\n' && afterCr) {
            afterCr = false;
            return;
        }
        afterCr = false;
        if (c == '"' && field.length() == 0) {
            quoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r' || c == '\n') {
            afterCr = c == '\r';
            endRow();
        } else {
            field.append(c);
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    private void endRow() {
        endField();
        rows++;
        if (rows > 0 && kept.size() < limit) {
            kept.add(new Refusal(fields.get(0), fields.size() > 1 ? fields.get(1) : ""));
        }
        fields.clear();
    }

    @Override
    public void flush() {
        // nothing buffered beyond the current row, which ends with its line break
    }

    @Override
    public void close() {
        if (field.length() > 0 || !fields.isEmpty()) {
            endRow();
        }
    }
}
