package org.interdict.application.trade;

import org.interdict.application.CsvReader;
import org.interdict.domain.model.trade.HsCode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Customs declarations as CSV, read line by line from a stream of any size: the encoding (UTF-8 with
 * or without BOM, else Windows-1251) and the delimiter (comma, semicolon, tab or bar) are detected,
 * the header is found among the first rows (a vendor's preamble before it is skipped) and matched to the
 * {@link Column}s by their names in English or Russian or by a mapping the importer gives, other columns
 * are ignored; {@code NULL}, {@code N/A} and {@code -} are empty cells; countries are ISO codes of two or
 * three letters or names in English or Russian ({@link Countries}). Each line becomes a {@link Line} or a
 * {@link Rejection} that says, with its line number, what is wrong: a field longer than its column
 * holds ({@link TradeLimits}), one with a control character or bytes the file's encoding does not
 * decode ({@link TradeText}), a value that is not of its type, or a wrong number of fields. Only a
 * file without a readable header, or without the required columns, is refused as a whole.
 */
public final class CustomsFile implements AutoCloseable {

    /** What a column holds; the default layout uses the first of the names. */
    public enum Column {
        DECLARATION("declaration_number", true, TradeLimits.DECLARATION_NUMBER,
                "declaration", "declaration no", "номер декларации", "декларация", "номер дт"),
        LINE("line", true, TradeLimits.TYPED_VALUE, "line_number", "item", "item no", "номер товара", "товар №", "№ товара"),
        DATE("date", true, TradeLimits.TYPED_VALUE, "declaration_date", "дата", "дата декларации"),
        HS_CODE("hs_code", true, TradeLimits.TYPED_VALUE, "hs", "commodity code", "tnved", "код тн вэд", "тн вэд", "код товара"),
        DESCRIPTION("goods_description", false, TradeLimits.GOODS_DESCRIPTION,
                "description", "описание товара", "описание", "наименование товара"),
        EXPORTER("exporter", true, TradeLimits.PARTY_NAME, "exporter_name", "shipper", "sender", "отправитель", "экспортер"),
        CONSIGNEE("consignee", true, TradeLimits.PARTY_NAME, "consignee_name", "receiver", "importer", "получатель", "импортер"),
        ORIGIN("origin_country", false, TradeLimits.TYPED_VALUE, "country_of_origin", "origin", "страна происхождения"),
        DISPATCH("dispatch_country", false, TradeLimits.TYPED_VALUE, "country_of_dispatch", "dispatch", "страна отправления"),
        DESTINATION("destination_country", false, TradeLimits.TYPED_VALUE,
                "country_of_destination", "destination", "страна назначения"),
        VALUE("value", false, TradeLimits.TYPED_VALUE, "invoice_value", "amount", "стоимость", "фактурная стоимость"),
        CURRENCY("currency", false, TradeLimits.TYPED_VALUE, "валюта"),
        QUANTITY("quantity", false, TradeLimits.TYPED_VALUE, "qty", "количество"),
        UNIT("unit", false, TradeLimits.QUANTITY_UNIT, "quantity_unit", "единица измерения", "ед. изм."),
        NET_WEIGHT("net_weight_kg", false, TradeLimits.TYPED_VALUE, "net_weight", "net weight", "вес нетто", "вес нетто, кг");

        private final String name;
        private final boolean required;
        private final int maxLength;
        private final List<String> aliases;

        Column(String name, boolean required, int maxLength, String... aliases) {
            this.name = name;
            this.required = required;
            this.maxLength = maxLength;
            this.aliases = List.of(aliases);
        }

        /** The most characters (code points) a value of the column may have, as written. */
        public int maxLength() {
            return maxLength;
        }

        /** The name in the default layout. */
        public String header() {
            return name;
        }

        public boolean required() {
            return required;
        }

        /** Whether a header name, {@link #normalize normalised}, names this column. */
        boolean matches(String normalizedHeader) {
            return name.equals(normalizedHeader) || aliases.contains(normalizedHeader);
        }
    }

    /** What reading a line gave: the line, or why it was refused. */
    public sealed interface Read permits Line, Rejection {
        /** The line of the file it starts on (the header is line 1). */
        long line();
    }

    /** A declaration line as read, typed and checked. */
    public record Line(long line, String declaration, int item, LocalDate date, HsCode hsCode, String description,
            String exporter, String consignee, String origin, String dispatch, String destination, BigDecimal value,
            String currency, BigDecimal quantity, String unit, BigDecimal netWeightKg) implements Read {
    }

    /** A line that cannot be imported, and why. */
    public record Rejection(long line, String reason) implements Read {
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            // Strict: 31.02.2024 is refused, not moved to the end of February.
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

    /** What exports write in an empty cell. */
    private static final Set<String> EMPTY = Set.of("NULL", "N/A", "-", "—", "#N/A");
    /** Rows read in search of the header: vendors put a title, an empty row or a banner before it. */
    private static final int PREAMBLE = 30;

    private final CsvReader csv;
    private final Charset charset;
    private final char delimiter;
    private final Map<Column, Integer> positions;
    private final int width;
    private final HsNomenclature nomenclature;
    private final Reader reader;

    private CustomsFile(Reader reader, CsvReader csv, Charset charset, char delimiter, Map<Column, Integer> positions, int width,
            HsNomenclature nomenclature) {
        this.reader = reader;
        this.csv = csv;
        this.charset = charset;
        this.delimiter = delimiter;
        this.positions = positions;
        this.width = width;
        this.nomenclature = nomenclature;
    }

    /**
     * Opens a file: detects its encoding and delimiter and reads its header.
     *
     * @param mapping column → header name, for layouts whose names the defaults do not know (may be empty)
     * @throws IllegalArgumentException when the header cannot be read or lacks required columns, saying
     *         which (briefly, however many columns the header has)
     */
    public static CustomsFile open(InputStream input, Map<Column, String> mapping, HsNomenclature nomenclature) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        Charset charset = charset(head);
        if (startsWithBom(head)) {
            in.skipNBytes(3);
        }
        String text = new String(head, charset);
        char delimiter = delimiter(String.join("\n", text.lines().limit(PREAMBLE).toList()));
        Reader reader = new InputStreamReader(in, charset);
        CsvReader csv = new CsvReader(reader, delimiter, TradeLimits.LINE_CHARACTERS, false);
        // The header is the first of the first rows that names every required column; rows before it (a
        // title, an empty row, ",,,,DATA") are a preamble. Failing that, the row that names most columns
        // is taken as the header meant, to say what it lacks.
        CsvReader.Row header = null;
        Map<Column, Integer> positions = null;
        List<String> missing = null;
        try {
            for (int read = 0; read < PREAMBLE; read++) {
                CsvReader.Row row = csv.next();
                if (row == null) {
                    break;
                }
                Map<Column, Integer> found = new EnumMap<>(Column.class);
                List<String> lacking = positions(row.fields(), mapping, found);
                if (header == null || found.size() > positions.size()) {
                    header = row;
                    positions = found;
                    missing = lacking;
                }
                if (lacking.isEmpty()) {
                    break;
                }
            }
        } catch (CsvReader.MalformedException e) {
            reader.close();
            throw new IllegalArgumentException("The header line cannot be read: " + e.getMessage() + ".");
        }
        if (header == null) {
            reader.close();
            throw new IllegalArgumentException("The file is empty: it needs a header line naming its columns.");
        }
        List<String> names = header.fields();
        if (!missing.isEmpty()) {
            reader.close();
            String and = missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
            throw new IllegalArgumentException("The header has no column for " + and + "; it has "
                    + (names.size() == 1 ? "1 column" : TradeText.count(names.size()) + " columns") + ": "
                    + TradeText.list(names) + ". Name the columns so, or give a column mapping (e.g. hs_code=Code).");
        }
        return new CustomsFile(reader, csv, charset, delimiter, positions, names.size(), nomenclature);
    }

    /** The columns a row names, into {@code positions}; the required ones it lacks, as the refusal names them. */
    private static List<String> positions(List<String> names, Map<Column, String> mapping, Map<Column, Integer> positions) {
        List<String> normalized = names.stream().map(CustomsFile::normalize).toList();
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            String wanted = mapping.get(column);
            String mapped = wanted == null ? null : normalize(wanted);
            for (int i = 0; i < names.size(); i++) {
                boolean hit = mapped != null ? normalized.get(i).equals(mapped) : column.matches(normalized.get(i));
                if (hit && !positions.containsKey(column)) {
                    positions.put(column, i);
                }
            }
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header() + (wanted != null ? " (mapped to " + TradeText.quote(wanted) + ")" : ""));
            }
        }
        return missing;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /**
     * The next data line, read and checked: a {@link Line} or a {@link Rejection}; empty at the end
     * of the file.
     */
    public Optional<Read> next() {
        CsvReader.Row row;
        try {
            row = csv.next();
        } catch (CsvReader.MalformedException e) {
            return Optional.of(new Rejection(e.line(), e.getMessage()));
        }
        if (row == null) {
            return Optional.empty();
        }
        if (row.fields().size() != width) {
            return Optional.of(new Rejection(row.line(), "the line has " + TradeText.count(row.fields().size())
                    + " fields, the header has " + TradeText.count(width)));
        }
        Fields fields = new Fields(row);
        List<String> problems = fields.problems;
        String declaration = fields.required(Column.DECLARATION);
        Integer item = integer(fields, Column.LINE, problems);
        LocalDate date = date(fields, problems);
        HsCode hs = hsCode(fields, problems);
        String exporter = fields.required(Column.EXPORTER);
        String consignee = fields.required(Column.CONSIGNEE);
        String origin = country(fields, Column.ORIGIN, problems);
        String dispatch = country(fields, Column.DISPATCH, problems);
        String destination = country(fields, Column.DESTINATION, problems);
        BigDecimal value = number(fields, Column.VALUE, TradeLimits.MONEY_INTEGER_DIGITS, TradeLimits.MONEY_SCALE, problems);
        String currency = fields.optional(Column.CURRENCY);
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            problems.add("currency " + TradeText.quote(currency) + " is not a three-letter ISO 4217 code");
        }
        BigDecimal quantity = number(fields, Column.QUANTITY, TradeLimits.MEASURE_INTEGER_DIGITS, TradeLimits.MEASURE_SCALE,
                problems);
        BigDecimal weight = number(fields, Column.NET_WEIGHT, TradeLimits.MEASURE_INTEGER_DIGITS, TradeLimits.MEASURE_SCALE,
                problems);
        if (!problems.isEmpty()) {
            return Optional.of(new Rejection(row.line(), String.join("; ", problems)));
        }
        return Optional.of(new Line(row.line(), declaration, item, date, hs, fields.optional(Column.DESCRIPTION), exporter,
                consignee, origin, dispatch, destination, value, currency == null ? null : currency.toUpperCase(Locale.ROOT),
                quantity, fields.optional(Column.UNIT), weight));
    }

    /**
     * The fields of a line by column, each checked as text first: one with a control character, with
     * bytes the encoding did not decode, or longer than its column holds is reported and then left out
     * (so that nothing else is said of it).
     */
    private final class Fields {

        final List<String> problems = new ArrayList<>();
        private final Map<Column, String> values = new EnumMap<>(Column.class);
        private final Set<Column> bad = EnumSet.noneOf(Column.class);

        Fields(CsvReader.Row row) {
            positions.forEach((column, at) -> {
                String value = row.fields().get(at).strip();
                if (value.isEmpty() || EMPTY.contains(value.toUpperCase(Locale.ROOT))) {
                    return;
                }
                String problem = TradeText.problem(value, charset.name());
                int length = TradeText.length(value);
                if (problem == null && length > column.maxLength()) {
                    problem = "is " + TradeText.count(length) + " characters long; at most " + TradeText.count(column.maxLength())
                            + " fit";
                }
                if (problem == null) {
                    values.put(column, value);
                } else {
                    problems.add(column.header() + " " + problem);
                    bad.add(column);
                }
            });
        }

        /** The value, or null when the field is empty, absent or bad. */
        String optional(Column column) {
            return values.get(column);
        }

        /** The value; when the field is empty or absent, null and a problem. */
        String required(Column column) {
            String value = values.get(column);
            if (value == null && !bad.contains(column)) {
                problems.add(column.header() + " is missing");
            }
            return value;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static Integer integer(Fields fields, Column column, List<String> problems) {
        String value = fields.required(column);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                problems.add(column.header() + " " + TradeText.quote(value) + " is not a positive whole number");
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(column.header() + " " + TradeText.quote(value) + (value.matches("[0-9]+")
                    ? " is too large (at most " + TradeText.count(Integer.MAX_VALUE) + ")" : " is not a whole number"));
            return null;
        }
    }

    private static LocalDate date(Fields fields, List<String> problems) {
        String value = fields.required(Column.DATE);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.getYear() < TradeLimits.FIRST_YEAR || date.getYear() > TradeLimits.LAST_YEAR) {
                    problems.add("date " + TradeText.quote(value) + " is not between the years " + TradeLimits.FIRST_YEAR
                            + " and " + TradeLimits.LAST_YEAR);
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        problems.add("date " + TradeText.quote(value) + " is not a date (2024-03-31, 31.03.2024 or 31/03/2024)");
        return null;
    }

    private HsCode hsCode(Fields fields, List<String> problems) {
        String value = fields.required(Column.HS_CODE);
        if (value == null) {
            return null;
        }
        try {
            HsCode code = HsCode.parse(value);
            if (!nomenclature.exists(code)) {
                problems.add("HS code " + TradeText.quote(value) + ": subheading " + code.hs6() + " does not exist in HS 2022");
            }
            return code;
        } catch (IllegalArgumentException e) {
            problems.add("HS code: " + e.getMessage());
            return null;
        }
    }

    /** A country as an ISO 3166 alpha-2 code, written as a code of two or three letters or as a name (see {@link Countries}). */
    private static String country(Fields fields, Column column, List<String> problems) {
        String value = fields.optional(column);
        if (value == null) {
            return null;
        }
        String code = Countries.code(value);
        if (code == null) {
            problems.add(column.header() + " " + TradeText.quote(value) + " is no country known by that code or name (ISO 3166 "
                    + "codes of two or three letters, names in English or Russian)");
        }
        return code;
    }

    /** A number of zero or more that fits its column: at most {@code integerDigits} before the point once rounded to {@code scale}. */
    private static BigDecimal number(Fields fields, Column column, int integerDigits, int scale, List<String> problems) {
        String value = fields.optional(column);
        if (value == null) {
            return null;
        }
        Optional<BigDecimal> number = parseNumber(value);
        if (number.isEmpty() || number.get().signum() < 0) {
            problems.add(column.header() + " " + TradeText.quote(value) + " is not a number of zero or more");
            return null;
        }
        BigDecimal stored = number.get().setScale(scale, RoundingMode.HALF_UP);
        if (stored.precision() - stored.scale() > integerDigits) {
            problems.add(column.header() + " " + TradeText.quote(value) + " is too large (at most " + integerDigits
                    + " digits before the decimal point)");
            return null;
        }
        return number.get();
    }

    /**
     * A number as customs data writes it: {@code 1234.5}, {@code 1,234.50}, {@code 1 234,50} or
     * {@code 1.234,50}. When both comma and dot appear, the later one separates the decimals; a lone
     * comma does, unless it groups thousands ({@code 1,234,567}).
     */
    static Optional<BigDecimal> parseNumber(String written) {
        if (written.length() > TradeLimits.TYPED_VALUE) {
            return Optional.empty();
        }
        String s = written.strip().replace("\u00a0", "").replace(" ", "").replace("'", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            boolean thousands = s.matches("-?[0-9]{1,3}(,[0-9]{3})+");
            s = thousands ? s.replace(",", "") : s.replace(',', '.');
        }
        // Digits with a decimal point at most: no exponents, no signs but minus.
        if (!s.matches("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
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

    private static boolean startsWithBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    /** The one of , ; tab | that the header line uses most, outside quotes. */
    static char delimiter(String header) {
        char best = ',';
        int most = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            int count = 0;
            boolean quoted = false;
            for (char c : header.toCharArray()) {
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

    private static String normalize(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
