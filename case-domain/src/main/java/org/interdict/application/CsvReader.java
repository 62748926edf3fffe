package org.interdict.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180 with any one-character delimiter) one record at a time, never the whole input:
 * quoted fields may hold delimiters, doubled quotes and line breaks. Each record knows the line it
 * starts on, so that a bad one can be reported by its number. A quote left open at the end of the
 * input is a bad record, not a silent merge of the rest of the file. A record longer than the
 * reader's limit is read past without being kept, and reported as bad.
 */
public final class CsvReader {

    /** One record: the line it starts on (1 for the first) and its fields. */
    public record Row(long line, List<String> fields) {
    }

    /** A record that cannot be read (a quote left open, or one longer than the limit). */
    public static final class MalformedException extends RuntimeException {

        private final long line;

        MalformedException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private static final int NONE = -2;

    private final Reader in;
    private final char delimiter;
    private final long maxRecordChars;
    private final boolean lineBreaksInFields;
    private long line = 1;
    private int peeked = NONE;

    public CsvReader(Reader in, char delimiter) {
        this(in, delimiter, Long.MAX_VALUE, true);
    }

    /**
     * @param maxRecordChars     the longest record kept, in characters; a longer one is read past and reported
     * @param lineBreaksInFields whether a quoted field may span lines; when not, a quote still open at the
     *                           end of its line makes that line a bad record and reading goes on with the
     *                           next, so that one stray quote cannot swallow the rest of a file
     */
    public CsvReader(Reader in, char delimiter, long maxRecordChars, boolean lineBreaksInFields) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        this.lineBreaksInFields = lineBreaksInFields;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    public Row next() {
        try {
            int c = read();
            while (c == '\n' || c == '\r') {
                endOfLine(c);
                c = read();
            }
            if (c == -1) {
                return null;
            }
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            long size = 0;
            boolean tooLong = false;
            while (true) {
                if (!tooLong && ++size > maxRecordChars) {
                    // Too long to keep: read on to the end of the record, keeping nothing of it.
                    tooLong = true;
                    fields = new ArrayList<>();
                    field = new StringBuilder();
                }
                if (quoted) {
                    if (c == -1) {
                        throw new MalformedException(start, "a quoted field opened on line " + start + " is never closed");
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            append(field, '"', tooLong);
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else if ((c == '\n' || c == '\r') && !lineBreaksInFields) {
                        endOfLine(c);
                        throw new MalformedException(start, "a quoted field opened on line " + start
                                + " is not closed on that line (a field cannot span lines)");
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        append(field, c, tooLong);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == delimiter) {
                    if (!tooLong) {
                        fields.add(field.toString());
                    }
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r' || c == -1) {
                    fields.add(field.toString());
                    if (c != -1) {
                        endOfLine(c);
                    }
                    if (tooLong) {
                        throw new MalformedException(start, "the line is longer than "
                                + String.format(java.util.Locale.ROOT, "%,d", maxRecordChars) + " characters");
                    }
                    return new Row(start, fields);
                } else {
                    append(field, c, tooLong);
                }
                c = read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(StringBuilder field, int c, boolean skipped) {
        if (!skipped) {
            field.append((char) c);
        }
    }

    /** After a \r or \n: counts the line, and takes the \n of a \r\n with it. */
    private void endOfLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                peeked = next;
            }
        }
    }

    private int read() throws IOException {
        if (peeked != NONE) {
            int c = peeked;
            peeked = NONE;
            return c;
        }
        return in.read();
    }
}
