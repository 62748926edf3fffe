package org.interdict.application.trade;

import org.interdict.application.CsvReader;
import org.interdict.domain.model.trade.HsCode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customs declarations as CSV, read line by line from a stream of any size: the encoding (UTF-8 with
 * or without BOM, else Windows-1251) and the delimiter (comma, semicolon, tab or bar) are detected,
 * the header is matched to the {@link Column}s by their names in English or Russian or by a mapping
 * the importer gives, other columns are ignored. Each line becomes a {@link Line} or a
 * {@link Rejection} that says, with its line number, what is wrong.
 */
public final class CustomsCsv implements AutoCloseable {

    /** What a column holds; the default layout uses the first of the names. */
    public enum Column {
        DECLARATION("declaration_number", true, "declaration", "declaration no", "номер декларации", "декларация", "номер дт"),
        LINE("line", true, "line_number", "item", "item no", "номер товара", "товар №", "№ товара"),
        DATE("date", true, "declaration_date", "дата", "дата декларации"),
        HS_CODE("hs_code", true, "hs", "commodity code", "tnved", "код тн вэд", "тн вэд", "код товара"),
        DESCRIPTION("goods_description", false, "description", "описание товара", "описание", "наименование товара"),
        EXPORTER("exporter", true, "exporter_name", "shipper", "sender", "отправитель", "экспортер"),
        CONSIGNEE("consignee", true, "consignee_name", "receiver", "importer", "получатель", "импортер"),
        ORIGIN("origin_country", false, "country_of_origin", "origin", "страна происхождения"),
        DISPATCH("dispatch_country", false, "country_of_dispatch", "dispatch", "страна отправления"),
        DESTINATION("destination_country", false, "country_of_destination", "destination", "страна назначения"),
        VALUE("value", false, "invoice_value", "amount", "стоимость", "фактурная стоимость"),
        CURRENCY("currency", false, "валюта"),
        QUANTITY("quantity", false, "qty", "количество"),
        UNIT("unit", false, "quantity_unit", "единица измерения", "ед. изм."),
        NET_WEIGHT("net_weight_kg", false, "net_weight", "net weight", "вес нетто", "вес нетто, кг");

        private final String name;
        private final boolean required;
        private final List<String> aliases;

        Column(String name, boolean required, String... aliases) {
            this.name = name;
            this.required = required;
            this.aliases = List.of(aliases);
        }

        /** The name in the default layout. */
        public String header() {
            return name;
        }

        public boolean required() {
            return required;
        }

        boolean matches(String header) {
            String h = normalize(header);
            return name.equals(h) || aliases.contains(h);
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
            DateTimeFormatter.ofPattern("dd.MM.uuuu"), DateTimeFormatter.ofPattern("dd/MM/uuuu"),
            DateTimeFormatter.ofPattern("uuuuMMdd"));

    private final CsvReader csv;
    private final Charset charset;
    private final char delimiter;
    private final Map<Column, Integer> positions;
    private final int width;
    private final HsNomenclature nomenclature;
    private final Reader reader;

    private CustomsCsv(Reader reader, CsvReader csv, Charset charset, char delimiter, Map<Column, Integer> positions, int width,
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
     * @throws IllegalArgumentException when the header lacks a required column, saying which
     */
    public static CustomsCsv open(InputStream input, Map<Column, String> mapping, HsNomenclature nomenclature) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        Charset charset = charset(head);
        if (startsWithBom(head)) {
            in.skipNBytes(3);
        }
        String text = new String(head, charset);
        char delimiter = delimiter(text.lines().findFirst().orElse(""));
        Reader reader = new InputStreamReader(in, charset);
        CsvReader csv = new CsvReader(reader, delimiter);
        CsvReader.Row header = csv.next();
        if (header == null) {
            throw new IllegalArgumentException("The file is empty: it needs a header line naming its columns.");
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> names = header.fields();
        for (Column column : Column.values()) {
            String wanted = mapping.get(column);
            for (int i = 0; i < names.size(); i++) {
                boolean hit = wanted != null ? normalize(names.get(i)).equals(normalize(wanted)) : column.matches(names.get(i));
                if (hit && !positions.containsKey(column)) {
                    positions.put(column, i);
                }
            }
            if (column.required() && !positions.containsKey(column)) {
                throw new IllegalArgumentException("The header has no column for " + column.header()
                        + (wanted != null ? " (mapped to '" + wanted + "')" : "") + "; it has: " + String.join(", ", names)
                        + ". Name it " + column.header() + " or give a column mapping.");
            }
        }
        return new CustomsCsv(reader, csv, charset, delimiter, positions, names.size(), nomenclature);
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
            return Optional.of(new Rejection(row.line(), "the line has " + row.fields().size() + " fields, the header has " + width));
        }
        List<String> problems = new ArrayList<>();
        String declaration = required(row, Column.DECLARATION, problems);
        Integer item = integer(row, Column.LINE, problems);
        LocalDate date = date(row, problems);
        HsCode hs = hsCode(row, problems);
        String exporter = required(row, Column.EXPORTER, problems);
        String consignee = required(row, Column.CONSIGNEE, problems);
        String origin = country(row, Column.ORIGIN, problems);
        String dispatch = country(row, Column.DISPATCH, problems);
        String destination = country(row, Column.DESTINATION, problems);
        BigDecimal value = number(row, Column.VALUE, problems);
        String currency = optional(row, Column.CURRENCY);
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            problems.add("currency '" + currency + "' is not a three-letter ISO 4217 code");
        }
        BigDecimal quantity = number(row, Column.QUANTITY, problems);
        BigDecimal weight = number(row, Column.NET_WEIGHT, problems);
        if (!problems.isEmpty()) {
            return Optional.of(new Rejection(row.line(), String.join("; ", problems)));
        }
        return Optional.of(new Line(row.line(), declaration, item, date, hs, optional(row, Column.DESCRIPTION), exporter,
                consignee, origin, dispatch, destination, value, currency == null ? null : currency.toUpperCase(Locale.ROOT),
                quantity, optional(row, Column.UNIT), weight));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private String optional(CsvReader.Row row, Column column) {
        Integer at = positions.get(column);
        if (at == null) {
            return null;
        }
        String value = row.fields().get(at).strip();
        return value.isEmpty() ? null : value;
    }

    private String required(CsvReader.Row row, Column column, List<String> problems) {
        String value = optional(row, column);
        if (value == null) {
            problems.add(column.header() + " is missing");
        }
        return value;
    }

    private Integer integer(CsvReader.Row row, Column column, List<String> problems) {
        String value = required(row, column, problems);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                problems.add(column.header() + " '" + value + "' is not a positive whole number");
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(column.header() + " '" + value + "' is not a whole number");
            return null;
        }
    }

    private LocalDate date(CsvReader.Row row, List<String> problems) {
        String value = required(row, Column.DATE, problems);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        problems.add("date '" + value + "' is not a date (2024-03-31, 31.03.2024 or 31/03/2024)");
        return null;
    }

    private HsCode hsCode(CsvReader.Row row, List<String> problems) {
        String value = required(row, Column.HS_CODE, problems);
        if (value == null) {
            return null;
        }
        try {
            HsCode code = HsCode.parse(value);
            if (!nomenclature.exists(code)) {
                problems.add("HS code '" + value + "': subheading " + code.hs6() + " does not exist in HS 2022");
            }
            return code;
        } catch (IllegalArgumentException e) {
            problems.add("HS code: " + e.getMessage());
            return null;
        }
    }

    private String country(CsvReader.Row row, Column column, List<String> problems) {
        String value = optional(row, column);
        if (value != null && !value.matches("[A-Za-z]{2}")) {
            problems.add(column.header() + " '" + value + "' is not a two-letter ISO 3166 code");
            return null;
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private BigDecimal number(CsvReader.Row row, Column column, List<String> problems) {
        String value = optional(row, column);
        if (value == null) {
            return null;
        }
        Optional<BigDecimal> number = parseNumber(value);
        if (number.isEmpty() || number.get().signum() < 0) {
            problems.add(column.header() + " '" + value + "' is not a number of zero or more");
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
        String s = written.strip().replace("\u00a0", "").replace(" ", "").replace("'", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            boolean thousands = s.matches("-?[0-9]{1,3}(,[0-9]{3})+");
            s = thousands ? s.replace(",", "") : s.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1251");
        }
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
