package org.interdict.application.trade;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The rows of an Excel workbook (.xlsx), sheet after sheet in the workbook's order, read as a stream:
 * each {@link #next()} pulls one more row out of the sheet's XML (StAX), so that a sheet of a million
 * rows is never held in memory, only its current row; the workbook's shared strings are kept compactly
 * ({@link XlsxSharedStrings}) and its styles, which say which numbers are dates, are small. Cells come
 * as text the way an analyst sees them ({@link XlsxCells}): strings as written, numbers in plain
 * notation, dates as ISO {@code yyyy-MM-dd} or {@code yyyy-MM}, booleans {@code TRUE}/{@code FALSE},
 * a formula's last computed value, an error as its text ({@code #N/A}).
 *
 * <p>Every sheet is read when none is chosen, hidden ones too (a chart sheet has no rows). A row's
 * cells run from column A to its last non-empty cell; the cells it skips are empty strings. Rows
 * without any text are not returned. A row's {@link Row#line() line} is its row number plus the
 * last row numbers of the sheets read before it (sheet 1 rows 1 to 40 are lines 1 to 40, sheet 2's
 * row 5 is line 45): unique and rising across sheets, and counting the empty rows too. Its
 * {@link Row#sheetRow() sheetRow} is the number Excel shows.
 *
 * <p>What it refuses, in words: an Excel 97–2003 workbook (.xls), a workbook encrypted with a
 * password, a ZIP archive that holds no workbook, a binary (.xlsb) or Strict Open XML one; and a ZIP
 * bomb, a part that inflates to more than {@value #MOST_INFLATION} times its packed size or past
 * {@value #MOST_PART_GB} GB. That guard is its own: POI has one ({@link ZipSecureFile}, the same limits by
 * default), but its limits are global to the JVM and Tika switches its ratio off when its OOXML parser
 * loads (it guards its own way), so that POI's cannot be relied on here, nor changed without changing
 * Tika's. A sheet of a million rows exported or generated inflates about 10 times (200 to 800 MB of
 * XML), far from the limits; the XML is read as a stream, so its size costs time, not memory.
 */
public final class XlsxRows implements TableRows {

    static final String XLS = "Excel 97–2003 workbooks (.xls) are not read: save the file as .xlsx or CSV.";
    static final String NOT_A_WORKBOOK = "The file is a ZIP archive but no Excel workbook (.xlsx).";
    static final String PASSWORD = "The workbook is protected by a password: it cannot be read without it. Save it "
            + "without the password (in Excel: File, Info, Protect Workbook, Encrypt with Password, clear it) and import it again.";

    /** The most a part of the archive may inflate, as a multiple of its packed size (POI's default guard says so too). */
    static final int MOST_INFLATION = 100;
    /** The most gigabytes of XML a part may inflate to (POI's default too). */
    static final int MOST_PART_GB = 4;
    /** Parts up to this size are not held to the ratio: small XML inflates a lot, and harms nobody. */
    private static final long SMALL_PART = 1 << 20;
    /** Excel's last column, XFD. */
    private static final int COLUMNS = 16_384;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    /** A sheet: its name, its XML part and that part's size inflated (-1 when the archive does not say). */
    private record Sheet(String name, PackagePart part, long size) {
    }

    private final OPCPackage workbook;
    private final List<Sheet> sheets;
    private final XlsxSharedStrings strings;
    private final XlsxCells cells;
    private final long bytes;
    private final XMLInputFactory factory = xmlFactory();

    private int current = -1;
    private CountingInputStream stream;
    private XMLStreamReader xml;
    private boolean inSheetData;
    private long readBefore;
    private long offset;
    private long lastRow;
    private boolean ended;

    private XlsxRows(OPCPackage workbook, List<Sheet> sheets, XlsxSharedStrings strings, XlsxCells cells) {
        this.workbook = workbook;
        this.sheets = sheets;
        this.strings = strings;
        this.cells = cells;
        long total = 0;
        for (Sheet sheet : sheets) {
            total = sheet.size() < 0 || total < 0 ? -1 : total + sheet.size();
        }
        this.bytes = total;
    }

    /**
     * Whether a file's first bytes are those of a workbook rather than text: a ZIP archive (.xlsx) or an
     * OLE2 compound file (an .xls, or an .xlsx encrypted with a password: both come so). {@link #open}
     * reads the first and refuses the others in words.
     */
    public static boolean isXlsx(byte[] head) {
        return startsWith(head, ZIP) || startsWith(head, OLE2);
    }

    /** The names of the workbook's sheets, in its order. */
    public static List<String> sheets(Path file) throws IOException {
        OPCPackage workbook = workbook(file);
        try {
            return sheetsOf(workbook).stream().map(Sheet::name).toList();
        } finally {
            workbook.revert();
        }
    }

    /**
     * Opens a workbook to read its rows.
     *
     * @param sheet the sheet to read (its name; Excel's names ignore case), or null for every sheet
     * @throws IllegalArgumentException when the file is no workbook that can be read, or has no such sheet, saying why
     * @throws IOException when the file cannot be read
     */
    public static XlsxRows open(Path file, String sheet) throws IOException {
        OPCPackage workbook = workbook(file);
        XlsxSharedStrings strings = null;
        try {
            List<Sheet> all = sheetsOf(workbook);
            List<Sheet> chosen = all;
            if (sheet != null) {
                chosen = all.stream().filter(s -> s.name().equals(sheet)).toList();
                if (chosen.isEmpty()) {
                    chosen = all.stream().filter(s -> s.name().equalsIgnoreCase(sheet)).limit(1).toList();
                }
                if (chosen.isEmpty()) {
                    throw new IllegalArgumentException("The workbook has no sheet " + TradeText.quote(sheet) + "; it has: "
                            + TradeText.list(all.stream().map(Sheet::name).toList()) + ".");
                }
            }
            for (Sheet s : chosen) {
                guard(s.part(), "Sheet " + TradeText.quote(s.name()));
            }
            PackagePart main = mainPart(workbook);
            strings = sharedStrings(workbook);
            XlsxCells cells = new XlsxCells(styles(workbook), date1904(main));
            return new XlsxRows(workbook, chosen, strings, cells);
        } catch (IOException | RuntimeException e) {
            if (strings != null) {
                strings.close();
            }
            workbook.revert();
            throw e;
        }
    }

    @Override
    public Row next() throws IOException {
        while (!ended) {
            if (xml == null && !nextSheet()) {
                ended = true;
                return null;
            }
            Row row = row();
            if (row == null) {
                endSheet();
            } else if (!row.fields().isEmpty()) {
                return row;
            }
        }
        return null;
    }

    @Override
    public double done() {
        if (ended) {
            return 1;
        }
        if (current < 0) {
            return 0;
        }
        if (bytes > 0) {
            long read = readBefore + (stream == null ? 0 : stream.count());
            return Math.min(1, (double) read / bytes);
        }
        return (double) current / sheets.size();
    }

    /** {@code XLSX, sheet 'Jan'} or {@code XLSX, sheets 'Jan', 'Feb'}. */
    @Override
    public String describe() {
        List<String> names = sheets.stream().map(Sheet::name).toList();
        return "XLSX, " + (names.size() == 1 ? "sheet " : "sheets ") + TradeText.list(names);
    }

    @Override
    public void close() throws IOException {
        try {
            endSheet();
        } finally {
            try {
                strings.close();
            } finally {
                workbook.revert();
            }
        }
    }

    /** Opens the next sheet's XML; false when there is none. */
    private boolean nextSheet() throws IOException {
        if (current + 1 >= sheets.size()) {
            return false;
        }
        current++;
        Sheet sheet = sheets.get(current);
        stream = new CountingInputStream(guarded(sheet.part(), "Sheet " + TradeText.quote(sheet.name())));
        try {
            xml = factory.createXMLStreamReader(stream);
        } catch (XMLStreamException e) {
            throw broken(sheet, e);
        }
        inSheetData = false;
        return true;
    }

    private void endSheet() throws IOException {
        if (xml == null) {
            return;
        }
        readBefore += sheets.get(current).size() >= 0 ? sheets.get(current).size() : 0;
        offset += lastRow;
        lastRow = 0;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing a reader frees it; there is nothing left to read wrong.
        } finally {
            xml = null;
            stream.close();
            stream = null;
        }
    }

    /** The next row of the current sheet (its fields empty when it has no text), or null at its end. */
    private Row row() throws IOException {
        Sheet sheet = sheets.get(current);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("sheetData")) {
                        inSheetData = true;
                    } else if (inSheetData && name.equals("row")) {
                        return cells(sheet);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    inSheetData = false;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw broken(sheet, e);
        }
    }

    /** The cells of the row the reader is on; the reader is left on the row's end. */
    private Row cells(Sheet sheet) throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        long number;
        String problem = null;
        try {
            number = r == null ? lastRow + 1 : Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            number = lastRow + 1;
            problem = "the row's number " + TradeText.quote(r) + " is not a number";
        }
        if (problem == null && number <= lastRow) {
            problem = "the row's number " + number + " comes after row " + lastRow + " (rows must rise)";
            number = lastRow + 1;
        }
        lastRow = number;
        Row where = new Row(offset + number, sheet.name(), number, List.of());
        List<String> fields = new ArrayList<>();
        int column = -1;
        long characters = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String reference = xml.getAttributeValue(null, "r");
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                String value = null;
                String inline = null;
                int depth = 1;
                while (depth > 0) {
                    int inner = xml.next();
                    if (inner == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (depth == 1 && name.equals("v")) {
                            value = XlsxCells.text(xml, TradeLimits.LINE_CHARACTERS + 1);
                        } else if (depth == 1 && name.equals("is")) {
                            inline = XlsxCells.richText(xml, TradeLimits.LINE_CHARACTERS + 1);
                        } else {
                            depth++;
                        }
                    } else if (inner == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    } else if (inner == XMLStreamConstants.END_DOCUMENT) {
                        throw new XMLStreamException("the XML ends inside a cell");
                    }
                }
                if (problem != null) {
                    continue;
                }
                int at = reference == null ? column + 1 : XlsxCells.column(reference);
                if (at < 0 || at >= COLUMNS) {
                    problem = "the cell reference " + TradeText.quote(String.valueOf(reference)) + " names no column from A to XFD";
                    continue;
                }
                if (at <= column) {
                    problem = "the cell " + TradeText.quote(reference) + " comes after a cell to its right";
                    continue;
                }
                column = at;
                String text;
                try {
                    text = cells.text(type, style, value, inline, strings);
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                    continue;
                }
                characters += text.length();
                if (characters > TradeLimits.LINE_CHARACTERS) {
                    problem = "the row is longer than " + TradeText.count(TradeLimits.LINE_CHARACTERS) + " characters";
                    fields = List.of();
                    continue;
                }
                if (!text.isEmpty()) {
                    while (fields.size() < at) {
                        fields.add("");
                    }
                    fields.add(text);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip();
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside a row");
            }
        }
        if (problem != null) {
            throw new MalformedRowException(where.line(), where.where() + ": " + problem);
        }
        return new Row(where.line(), sheet.name(), number, fields);
    }

    /** Reads past the element the reader is on, to its end. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside an element");
            }
        }
    }

    /** The sheet's XML cannot be read on: the rest of it is lost, and the import with it. */
    private IOException broken(Sheet sheet, XMLStreamException e) {
        String after = lastRow == 0 ? "from its start" : "after row " + lastRow;
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof ZipBomb bomb) {
            return new IOException(bomb.getMessage() + "; it was read " + after + ".", bomb);
        }
        if (cause instanceof IOException io && String.valueOf(io.getMessage()).startsWith("Zip bomb detected")) {
            // POI's own guard, where Tika has not switched it off, looks at the share inflated so far.
            return new IOException("Sheet " + TradeText.quote(sheet.name()) + " inflates too much for its packed size, "
                    + "which is refused as a possible ZIP bomb (a file made to exhaust the server); it was read " + after + ".", io);
        }
        if (cause instanceof IOException io) {
            return new IOException("The workbook cannot be read " + after + " of sheet " + TradeText.quote(sheet.name())
                    + ": " + io.getMessage(), io);
        }
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
        return new IOException("The XML of sheet " + TradeText.quote(sheet.name()) + " is broken " + after
                + ", so the workbook cannot be read: " + message, e);
    }

    // ---- opening

    /** The workbook's package, or a refusal in words. */
    private static OPCPackage workbook(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, OLE2)) {
            throw new IllegalArgumentException(compoundFile(file));
        }
        if (!startsWith(head, ZIP)) {
            throw new IllegalArgumentException("The file is no Excel workbook (.xlsx).");
        }
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | OpenXML4JRuntimeException e) {
            throw new IllegalArgumentException(NOT_A_WORKBOOK, e);
        }
        try {
            PackagePart main = mainPart(workbook);
            if (main == null) {
                throw new IllegalArgumentException(strict(workbook)
                        ? "The workbook is saved as Strict Open XML, which is not read: save it as an Excel Workbook (.xlsx)."
                        : NOT_A_WORKBOOK);
            }
            if (main.getContentType().equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
                throw new IllegalArgumentException("Excel binary workbooks (.xlsb) are not read: save the file as .xlsx or CSV.");
            }
            if (!WORKBOOK_TYPES.contains(main.getContentType())) {
                throw new IllegalArgumentException(NOT_A_WORKBOOK);
            }
            return workbook;
        } catch (RuntimeException e) {
            workbook.revert();
            throw e;
        }
    }

    /** What an OLE2 file is: an encrypted .xlsx, an .xls, or another Office 97–2003 document. */
    private static String compoundFile(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return PASSWORD;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return XLS;
            }
            return "The file is an Office 97–2003 document but no workbook: save the data as .xlsx or CSV.";
        } catch (IOException | RuntimeException e) {
            return XLS;
        }
    }

    /** The workbook part (xl/workbook.xml), or null when the package has none. */
    private static PackagePart mainPart(OPCPackage workbook) {
        PackageRelationship main = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        return main == null ? null : workbook.getPart(main);
    }

    private static boolean strict(OPCPackage workbook) {
        return workbook.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0) != null;
    }

    /** The workbook's sheets in its order (the order of workbook.xml, not of the archive). */
    private static List<Sheet> sheetsOf(OPCPackage workbook) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        try {
            XSSFReader.SheetIterator iterator = new XSSFReader(workbook).getSheetIterator();
            while (iterator.hasNext()) {
                iterator.next().close();
                PackagePart part = iterator.getSheetPart();
                sheets.add(new Sheet(iterator.getSheetName(), part, part.getSize()));
            }
        } catch (OpenXML4JException | POIXMLException e) {
            throw new IllegalArgumentException("The workbook's list of sheets cannot be read: " + e.getMessage(), e);
        }
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("The workbook has no sheets.");
        }
        return sheets;
    }

    private static XlsxSharedStrings sharedStrings(OPCPackage workbook) throws IOException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return XlsxSharedStrings.none();
        }
        guard(parts.get(0), "The workbook's shared strings");
        try (InputStream in = guarded(parts.get(0), "The workbook's shared strings")) {
            XMLStreamReader reader = xmlFactory().createXMLStreamReader(in);
            try {
                return XlsxSharedStrings.read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof ZipBomb bomb) {
                throw new IOException(bomb.getMessage() + ".", bomb);
            }
            throw new IOException("The workbook's shared strings cannot be read: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
        }
    }

    private static StylesTable styles(OPCPackage workbook) throws IOException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try {
            return new StylesTable(parts.get(0));
        } catch (IOException | POIXMLException e) {
            throw new IOException("The workbook's styles cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}). */
    private static boolean date1904(PackagePart main) throws IOException {
        try (InputStream in = main.getInputStream()) {
            XMLStreamReader reader = xmlFactory().createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = reader.getLocalName();
                        if (name.equals("workbookPr")) {
                            String value = reader.getAttributeValue(null, "date1904");
                            return "1".equals(value) || "true".equalsIgnoreCase(value);
                        }
                        if (name.equals("sheets")) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("The workbook's XML cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a part that its archive says inflates beyond the limits: more than {@value #MOST_INFLATION}
     * times its packed size (past the first megabyte), or past {@value #MOST_PART_GB} GB.
     */
    private static void guard(PackagePart part, String what) {
        if (!(part instanceof ZipPackagePart zipped) || zipped.getZipArchive() == null) {
            return;
        }
        long size = zipped.getZipArchive().getSize();
        long packed = zipped.getZipArchive().getCompressedSize();
        if (size > (long) MOST_PART_GB << 30) {
            throw new IllegalArgumentException(what + " inflates to more than " + MOST_PART_GB + " GB, which is refused as a "
                    + "possible ZIP bomb (a file made to exhaust the server).");
        }
        if (size > SMALL_PART && packed > 0 && size / packed > MOST_INFLATION) {
            throw new IllegalArgumentException(what + " inflates to " + size / packed + " times its packed size (more than "
                    + MOST_INFLATION + "), which is refused as a possible ZIP bomb (a file made to exhaust the server).");
        }
    }

    /**
     * A part's XML, held to the size its archive declares (which {@link #guard} checked), or to
     * {@value #MOST_PART_GB} GB when it declares none: an archive that understates a part does not get past the guard.
     */
    private static InputStream guarded(PackagePart part, String what) throws IOException {
        long declared = part instanceof ZipPackagePart zipped && zipped.getZipArchive() != null ? zipped.getZipArchive().getSize() : -1;
        long most = declared >= 0 ? declared : (long) MOST_PART_GB << 30;
        return new FilterInputStream(part.getInputStream()) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) throws IOException {
                read += n;
                if (read > most) {
                    throw new ZipBomb(what + " inflates to more than " + (declared >= 0 ? "the archive says ("
                            + TradeText.count(declared) + " bytes)" : MOST_PART_GB + " GB")
                            + ", which is refused as a possible ZIP bomb (a file made to exhaust the server)");
                }
            }
        };
    }

    /** A part that inflates past what its archive declared. */
    private static final class ZipBomb extends IOException {
        ZipBomb(String message) {
            super(message);
        }
    }

    /** A StAX factory of its own for each workbook (factories need not be safe across threads): no DTDs, no external entities. */
    private static XMLInputFactory xmlFactory() {
        return XMLHelper.newXMLInputFactory();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head != null && head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
