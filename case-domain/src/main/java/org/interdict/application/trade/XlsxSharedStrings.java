package org.interdict.application.trade;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A workbook's shared strings: the texts that Excel writes once and that cells name by their index.
 * A large extract written by Excel has hundreds of thousands of them (one declaration number per
 * declaration), so they are kept compactly, as UTF-8 bytes in one buffer, and once that passes
 * {@value #IN_MEMORY} bytes, in a temporary file read back a string at a time; only their offsets stay
 * in memory (8 bytes a string). The file goes with {@link #close()}.
 */
final class XlsxSharedStrings implements AutoCloseable {

    /** Bytes kept in memory before the strings go to a temporary file. */
    static final int IN_MEMORY = 8 << 20;
    /** The most bytes of strings a workbook may have: far beyond any real extract, short of filling a disk. */
    static final long MOST_BYTES = 2L << 30;

    private long[] offsets = new long[1024];
    private int count;
    private byte[] memory = new byte[1 << 16];
    private int inMemory;
    private Path spill;
    private OutputStream spillOut;
    private FileChannel channel;
    private long size;

    private XlsxSharedStrings() {
    }

    /** No shared strings: a workbook whose texts are all inline (as streaming writers write them). */
    static XlsxSharedStrings none() {
        return new XlsxSharedStrings();
    }

    /**
     * Reads the strings of {@code sharedStrings.xml}: each {@code <si>}'s text, its runs joined,
     * its phonetic guides ({@code <rPh>}) left out, Excel's {@code _xHHHH_} escapes decoded.
     */
    static XlsxSharedStrings read(XMLStreamReader xml) throws IOException, XMLStreamException {
        XlsxSharedStrings strings = new XlsxSharedStrings();
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                    strings.add(XlsxCells.richText(xml, TradeLimits.LINE_CHARACTERS + 1));
                }
            }
            strings.finish();
            return strings;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    int size() {
        return count;
    }

    /**
     * The string of that index.
     *
     * @throws IndexOutOfBoundsException when the workbook has no string of that index
     */
    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        long start = offsets[index];
        int length = (int) (offsets[index + 1] - start);
        if (channel == null) {
            return new String(memory, (int) start, length, StandardCharsets.UTF_8);
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, start + bytes.position()) < 0) {
                    throw new IOException("the shared strings' temporary file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(bytes.array(), StandardCharsets.UTF_8);
    }

    private void add(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (size + bytes.length > MOST_BYTES) {
            throw new IOException("The workbook's shared strings pass " + (MOST_BYTES >> 30) + " GB: it is not read.");
        }
        if (count + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[count] = size;
        if (spillOut == null && inMemory + bytes.length > IN_MEMORY) {
            spill = Files.createTempFile("interdict-xlsx-strings", ".bin");
            spillOut = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
            spillOut.write(memory, 0, inMemory);
            memory = null;
        }
        if (spillOut != null) {
            spillOut.write(bytes);
        } else {
            if (inMemory + bytes.length > memory.length) {
                memory = Arrays.copyOf(memory, Math.min(IN_MEMORY, Math.max(memory.length * 2, inMemory + bytes.length)));
            }
            System.arraycopy(bytes, 0, memory, inMemory, bytes.length);
            inMemory += bytes.length;
        }
        size += bytes.length;
        count++;
        offsets[count] = size;
    }

    private void finish() throws IOException {
        if (spillOut != null) {
            spillOut.close();
            spillOut = null;
            channel = FileChannel.open(spill, StandardOpenOption.READ);
        }
    }

    /** Whether the strings went to a temporary file (for the tests). */
    boolean spilled() {
        return spill != null;
    }

    @Override
    public void close() throws IOException {
        try {
            if (spillOut != null) {
                spillOut.close();
            }
            if (channel != null) {
                channel.close();
            }
        } finally {
            if (spill != null) {
                Files.deleteIfExists(spill);
            }
        }
    }
}
