package org.interdict.application.trade;

import org.interdict.application.CsvReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file's records as {@link TableRows}, read from a stream of any size: the encoding (UTF-8 with
 * or without BOM, else Windows-1251) and the delimiter (comma, semicolon, tab or bar) are detected
 * from the first {@value #SAMPLE} bytes; a quoted field may not span lines, so that one stray quote
 * cannot swallow the rest of a file.
 */
public final class CsvRows implements TableRows {

    private static final int SAMPLE = 1 << 16;
    /** Lines of the sample the delimiter is counted over: the header may follow a vendor's preamble. */
    private static final int DELIMITER_LINES = 30;

    private final CountingInputStream counted;
    private final long size;
    private final Reader reader;
    private final CsvReader csv;
    private final Charset charset;
    private final char delimiter;

    private CsvRows(CountingInputStream counted, long size, Reader reader, Charset charset, char delimiter) {
        this.counted = counted;
        this.size = size;
        this.reader = reader;
        this.charset = charset;
        this.delimiter = delimiter;
        this.csv = new CsvReader(reader, delimiter, TradeLimits.LINE_CHARACTERS, false);
    }

    /**
     * Opens a CSV stream.
     *
     * @param size the file's size in bytes, for {@link #done} (0 when unknown)
     */
    public static CsvRows open(InputStream input, long size) throws IOException {
        CountingInputStream counted = new CountingInputStream(input);
        BufferedInputStream in = new BufferedInputStream(counted, SAMPLE);
        in.mark(SAMPLE);
        byte[] head = in.readNBytes(SAMPLE);
        in.reset();
        if (binary(head)) {
            in.close();
            throw new IllegalArgumentException("The file is neither text (CSV) nor an Excel workbook (.xlsx): it holds bytes no "
                    + "text file has.");
        }
        Charset charset = charset(head);
        if (startsWithBom(head)) {
            in.skipNBytes(3);
        }
        String text = new String(head, charset);
        char delimiter = delimiter(String.join("\n", text.lines().limit(DELIMITER_LINES).toList()));
        return new CsvRows(counted, size, new InputStreamReader(in, charset), charset, delimiter);
    }

    @Override
    public Row next() {
        CsvReader.Row row;
        try {
            row = csv.next();
        } catch (CsvReader.MalformedException e) {
            throw new MalformedRowException(e.line(), e.getMessage());
        }
        return row == null ? null : new Row(row.line(), null, row.line(), row.fields());
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /** How many bytes of the file have been read (ahead of the rows handed out by at most the buffers). */
    public long bytesRead() {
        return counted.count();
    }

    @Override
    public double done() {
        return size <= 0 ? 0 : Math.min(1.0, (double) counted.count() / size);
    }

    @Override
    public String describe() {
        return "CSV, " + charset.name() + ", " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'") + " between fields";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    static Charset charset(byte[] head) {
        if (startsWithBom(head)) {
            return StandardCharsets.UTF_8;
        }
        // A cut in the middle of a character at the end of the sample is not a reason to doubt UTF-8.
        int end = head.length;
        while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head, 0, end);
        CharBuffer chars = CharBuffer.allocate(end + 1);
        int invalid = 0;
        while (true) {
            CoderResult result = utf8.decode(bytes, chars, true);
            if (!result.isError()) {
                break; // all read (the buffer holds as many characters as there are bytes)
            }
            invalid++;
            bytes.position(bytes.position() + result.length());
        }
        if (invalid == 0) {
            return StandardCharsets.UTF_8;
        }
        long decoded = chars.flip().chars().filter(c -> c >= 0x80).count();
        // UTF-8 with a few bad sequences (they become U+FFFD, and their lines are refused), unless the
        // bytes read as the words of Windows-1251 text.
        return decoded >= invalid || !hasCyrillicWord(head, end) ? StandardCharsets.UTF_8 : Charset.forName("windows-1251");
    }

    /** Three letters in a row as Windows-1251 writes Cyrillic (А–я, Ё, ё). */
    private static boolean hasCyrillicWord(byte[] head, int end) {
        int run = 0;
        for (int i = 0; i < end; i++) {
            int b = head[i] & 0xFF;
            run = b >= 0xC0 || b == 0xA8 || b == 0xB8 ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sample is no text: more than one byte in twenty a NUL or another control character (text has
     * none but line breaks and tabs; a stray one in a field is refused on its line, but so many make a binary
     * file: an executable, an image, a compressed archive).
     */
    static boolean binary(byte[] head) {
        int nul = 0;
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                nul++;
            } else if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return (nul + control) * 20 > head.length;
    }

    private static boolean startsWithBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    /** The one of , ; tab | that the lines use most, outside quotes. */
    static char delimiter(String lines) {
        char best = ',';
        int most = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            int count = 0;
            boolean quoted = false;
            for (char c : lines.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }
}
