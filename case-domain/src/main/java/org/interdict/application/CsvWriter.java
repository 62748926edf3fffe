package org.interdict.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows as CSV (RFC 4180, UTF-8, CRLF), written as they come. A field that a spreadsheet would run as
 * a formula (starting with =, +, - or @) is prefixed with an apostrophe, so an exported name cannot
 * become a command on an analyst's machine.
 */
public final class CsvWriter {

    private final Writer out;
    private long rows;

    public CsvWriter(Writer out, List<String> header) {
        this.out = out;
        line(header);
    }

    public void row(List<String> fields) {
        line(fields);
        rows++;
    }

    /** Rows written, the header not counted. */
    public long rows() {
        return rows;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(List<String> fields) {
        try {
            out.write(fields.stream().map(CsvWriter::quote).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String value) {
        String field = value == null ? "" : value;
        if (!field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0) {
            field = "'" + field;
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
