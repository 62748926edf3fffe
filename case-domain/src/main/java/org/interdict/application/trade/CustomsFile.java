package org.interdict.application.trade;

import org.interdict.domain.model.trade.DatePrecision;
import org.interdict.domain.model.trade.HsCode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customs records as trade-data vendors deliver them, CSV or a workbook's sheets ({@link TableRows}), read
 * row by row from a file of any size. Each sheet's header is found among its first rows (a vendor's
 * preamble before it is skipped) and matched to the {@link Column}s by their names in English or Russian
 * or by the {@link Layout} the importer gives; other columns are ignored. {@code NULL}, {@code N/A} and
 * {@code -} are empty cells; countries are ISO codes of two or three letters or names in English or
 * Russian ({@link Countries}); a date may be a day or only a month ({@code Apr 2023}, {@code 2023-04},
 * {@code 04.2023}, {@code апр. 2023}).
 *
 * <p>Two kinds of file: declaration lines (a declaration number, usually a line number), and monthly
 * aggregated exports without declaration numbers (one row per importer, supplier, HS code and month,
 * whose value is a sum), whose rows are marked {@link Line#aggregated}. Every row gets a
 * {@link Line#key}, the same whenever the same file is read again, by which a record is stored once:
 * the declaration and line number where both are given, else a digest of the row's values (and, for
 * rows alike in every value, how many came before it in the file).
 *
 * <p>Each row becomes a {@link Line} or a {@link Rejection} that says, with where it is, what is wrong:
 * a field longer than its column holds ({@link TradeLimits}), one with a control character or bytes the
 * file's encoding does not decode ({@link TradeText}), a value that is not of its type, or a wrong number
 * of fields. Only a file in which no header naming the required columns is found is refused as a whole.
 */
public final class CustomsFile implements AutoCloseable {

    /** What a column holds; the default layout uses the first of the names. */
    public enum Column {
        DECLARATION("declaration_number", false, TradeLimits.DECLARATION_NUMBER,
                "declaration", "declaration no", "declaration number", "gtd", "gtd number", "номер декларации", "декларация",
                "номер дт", "номер гтд", "гтд", "№ дт"),
        LINE("line", false, TradeLimits.TYPED_VALUE, "line_number", "item", "item no", "item_number", "item number",
                "номер товара", "товар №", "№ товара", "номер товара в дт"),
        DATE("date", true, TradeLimits.TYPED_VALUE, "declaration_date", "period", "month", "дата", "дата декларации",
                "дата дт", "период", "месяц"),
        HS_CODE("hs_code", true, TradeLimits.TYPED_VALUE, "hs", "hs code", "hscode", "commodity code", "tnved", "tn ved",
                "hs_code_10", "код тн вэд", "тн вэд", "код товара", "тнвэд"),
        DESCRIPTION("goods_description", false, TradeLimits.GOODS_DESCRIPTION,
                "description", "goods description", "product description", "описание товара", "описание",
                "наименование товара"),
        EXPORTER("exporter", true, TradeLimits.PARTY_NAME, "exporter_name", "shipper", "sender", "supplier", "seller",
                "отправитель", "экспортер", "поставщик", "продавец"),
        CONSIGNEE("consignee", true, TradeLimits.PARTY_NAME, "consignee_name", "receiver", "importer", "buyer",
                "получатель", "импортер", "покупатель"),
        ORIGIN("origin_country", false, TradeLimits.TYPED_VALUE, "country_of_origin", "country of origin", "origin",
                "страна происхождения"),
        DISPATCH("dispatch_country", false, TradeLimits.TYPED_VALUE, "country_of_dispatch", "country of dispatch", "dispatch",
                "trading country", "страна отправления", "торгующая страна"),
        DESTINATION("destination_country", false, TradeLimits.TYPED_VALUE,
                "country_of_destination", "country of destination", "destination", "страна назначения"),
        VALUE("value", false, TradeLimits.TYPED_VALUE, "invoice_value", "invoice value", "amount", "customs value",
                "стоимость", "фактурная стоимость", "таможенная стоимость"),
        CURRENCY("currency", false, TradeLimits.TYPED_VALUE, "валюта", "invoice currency", "валюта контракта"),
        QUANTITY("quantity", false, TradeLimits.TYPED_VALUE, "qty", "количество"),
        UNIT("unit", false, TradeLimits.QUANTITY_UNIT, "quantity_unit", "unit of measure", "единица измерения",
                "ед. изм."),
        NET_WEIGHT("net_weight_kg", false, TradeLimits.TYPED_VALUE, "net_weight", "net weight", "net weight, kg",
                "net weight kg", "вес нетто", "вес нетто, кг");

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

        /** The names this column is known by, the default first. */
        public List<String> names() {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return all;
        }

        /** The default names of the required columns. */
        static List<String> requiredNames() {
            return java.util.Arrays.stream(values()).filter(Column::required).map(Column::header).toList();
        }

        /**
         * Whether a header name, {@link #normalize normalised}, names this column: one of its names, written
         * with other punctuation or spacing ({@code Net Weight (kg)}, {@code HS_CODE}), with a word such as
         * "name" or "наименование" more, or with one letter off in a word of five letters or more
         * ({@code Consigne}).
         */
        boolean matches(String normalizedHeader) {
            return matchesExactly(normalizedHeader) || matchesLoosely(normalizedHeader);
        }

        /** Whether a header name, {@link #normalize normalised}, is one of this column's names. */
        boolean matchesExactly(String normalizedHeader) {
            return name.equals(normalizedHeader) || aliases.contains(normalizedHeader);
        }

        /** Whether a header name is one of this column's names written otherwise (see {@link #matches}). */
        boolean matchesLoosely(String normalizedHeader) {
            List<String> words = words(normalizedHeader);
            if (words.isEmpty()) {
                return false;
            }
            for (String known : names()) {
                if (sameWords(words, words(known))) {
                    return true;
                }
            }
            return false;
        }

        /** Words of a header name, without punctuation and without words that say nothing of what the column holds. */
        static List<String> words(String header) {
            List<String> words = new ArrayList<>();
            for (String word : header.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && !FILLER.contains(word)) {
                    words.add(word);
                }
            }
            return words;
        }

        private static boolean sameWords(List<String> a, List<String> b) {
            if (a.size() != b.size() || b.isEmpty()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                String x = a.get(i);
                String y = b.get(i);
                if (!x.equals(y) && (Math.min(x.length(), y.length()) < 5 || !oneEditApart(x, y))) {
                    return false;
                }
            }
            return true;
        }

        /** One letter added, dropped or changed. */
        private static boolean oneEditApart(String a, String b) {
            if (Math.abs(a.length() - b.length()) > 1) {
                return false;
            }
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (a.length() == b.length()) {
                return a.substring(i + 1).equals(b.substring(i + 1));
            }
            return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
        }
    }

    /**
     * How to read a file: header names for columns the defaults do not know (column → header name, may be
     * empty; one header name per column), the currency of every value when the file has no currency column
     * or leaves it empty (ISO 4217, may be null), the country of destination of every record the file names
     * none for (a vendor's extract of one country's imports; ISO 3166 alpha-2, may be null), and the one
     * sheet of a workbook to read (null: every sheet).
     */
    public record Layout(Map<Column, String> columns, String currency, String destination, String sheet) {

        public static final Layout DEFAULT = new Layout(Map.of(), null, null, null);
        /** The longest header name a layout may give. */
        public static final int HEADER = 300;

        public Layout {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
            Map<String, Column> byHeader = new java.util.HashMap<>();
            for (Map.Entry<Column, String> e : new java.util.TreeMap<>(columns).entrySet()) {
                String header = e.getValue() == null ? "" : e.getValue().strip();
                if (header.isEmpty() || header.length() > HEADER) {
                    throw new IllegalArgumentException("The column " + e.getKey().header() + " needs the header name it has in "
                            + "the files, of at most " + HEADER + " characters.");
                }
                Column other = byHeader.put(normalize(header), e.getKey());
                if (other != null) {
                    throw new IllegalArgumentException("The file's column " + TradeText.quote(header) + " cannot be both "
                            + other.header() + " and " + e.getKey().header() + ": a column holds one thing.");
                }
            }
            currency = currency == null || currency.isBlank() ? null : currency.strip();
            if (currency != null && !knownCurrency(currency)) {
                throw new IllegalArgumentException("The file's currency " + TradeText.quote(currency)
                        + " is not a three-letter ISO 4217 code (e.g. RUB, KZT, USD).");
            }
            currency = currency == null ? null : currency.toUpperCase(Locale.ROOT);
            if (destination != null && !destination.isBlank()) {
                String code = Countries.code(destination.strip());
                if (code == null) {
                    throw new IllegalArgumentException("The file's country of destination " + TradeText.quote(destination.strip())
                            + " is no country known by that code or name (e.g. RU, KAZ, Russia).");
                }
                destination = code;
            } else {
                destination = null;
            }
            sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
        }

        public Layout(Map<Column, String> columns, String currency, String sheet) {
            this(columns, currency, null, sheet);
        }

        private static boolean knownCurrency(String code) {
            if (!code.matches("[A-Za-z]{3}")) {
                return false;
            }
            try {
                java.util.Currency.getInstance(code.toUpperCase(Locale.ROOT));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        public static Layout of(Map<Column, String> columns) {
            return new Layout(columns, null, null);
        }
    }

    /** What reading a line gave: the line, or why it was refused. */
    public sealed interface Read permits Line, Rejection {
        /** The row of the file it starts on (in a CSV file the header is line 1). */
        long line();
    }

    /**
     * A record as read, typed and checked. {@code declaration} and {@code item} are null when the file
     * does not give them (an item written as 0 is none); {@code date} is the month's first day when its
     * precision is {@link DatePrecision#MONTH}; {@code aggregated} when the file has no declaration
     * numbers, its rows being totals; {@code key} identifies the record among the agency's.
     */
    public record Line(long line, String key, String declaration, Integer item, LocalDate date, DatePrecision datePrecision,
            boolean aggregated, HsCode hsCode, String description, String exporter, String consignee, String origin,
            String dispatch, String destination, BigDecimal value, String currency, BigDecimal quantity, String unit,
            BigDecimal netWeightKg) implements Read {
    }

    /** A line that cannot be imported, and why. */
    public record Rejection(long line, String reason) implements Read {
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            // Strict: 31.02.2024 is refused, not moved to the end of February.
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
    /** Months written with digits: 2023-04, 2023/04, 04.2023, 04/2023, 4.2023, 202304. */
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})|(\\d{4})(\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[./-](\\d{4})");
    /** Months written with a name: Apr 2023, April 2023, Apr-2023, апр. 2023, Апрель 2023, 2023 Apr. */
    private static final Pattern NAMED_MONTH = Pattern.compile("(?iu)([\\p{L}]{3,})\\.?[\\s-]*(\\d{4})|(\\d{4})[\\s-]+([\\p{L}]{3,})\\.?");
    private static final Map<String, Integer> MONTH_NAMES = monthNames();

    /** Words of a header that say nothing of what its column holds ("Exporter name", "Наименование получателя"). */
    private static final Set<String> FILLER = Set.of("name", "names", "full", "the", "of", "наименование", "название",
            "полное", "en", "eng", "rus", "ru", "lat");
    /** What exports write in an empty cell. */
    private static final Set<String> EMPTY = Set.of("NULL", "N/A", "-", "—", "#N/A");
    /** Rows read in search of a sheet's header: vendors put a title, an empty row or a banner before it. */
    private static final int PREAMBLE = 30;

    private final TableRows rows;
    private final String encoding;
    private final Layout layout;
    private final HsNomenclature nomenclature;
    private final Occurrences occurrences = new Occurrences();
    /** Rows read ahead while looking for a sheet's header, and refusals of sheets without one, still to hand out. */
    private final Deque<Object> pending = new ArrayDeque<>();
    private Header header;
    /** The sheet whose rows are skipped because no header was found on it. */
    private String skipping;

    /** A sheet's header: where each column is, and how many fields its rows have. */
    private record Header(String sheet, Map<Column, Integer> positions, int width, TableRows.Row row) {

        boolean aggregated() {
            return !positions.containsKey(Column.DECLARATION);
        }
    }

    private CustomsFile(TableRows rows, String encoding, Layout layout, HsNomenclature nomenclature) {
        this.rows = rows;
        this.encoding = encoding;
        this.layout = layout;
        this.nomenclature = nomenclature;
    }

    /** Opens a CSV file with the default layout but for the columns mapped; see {@link #open(TableRows, String, Layout, HsNomenclature)}. */
    public static CustomsFile open(InputStream input, Map<Column, String> mapping, HsNomenclature nomenclature) throws IOException {
        CsvRows csv = CsvRows.open(input, 0);
        return open(csv, csv.charset().name(), Layout.of(mapping), nomenclature);
    }

    /**
     * Opens a file: finds the first header (on the first sheet that has one).
     *
     * @param encoding how the file's text was decoded, for the refusal of a field with bytes it did not decode (null:
     *                 the CSV file's detected encoding, or UTF-8 for a workbook)
     * @throws IllegalArgumentException when no header naming every required column is found (saying what the
     *         likeliest header row lacks, briefly however many columns it has)
     */
    public static CustomsFile open(TableRows rows, String encoding, Layout layout, HsNomenclature nomenclature)
            throws IOException {
        CustomsFile file = new CustomsFile(rows, encoding != null ? encoding
                : rows instanceof CsvRows csv ? csv.charset().name() : "UTF-8", layout, nomenclature);
        try {
            file.firstHeader();
        } catch (TableRows.MalformedRowException e) {
            rows.close();
            throw new IllegalArgumentException("The header line cannot be read: " + e.getMessage() + ".");
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
        return file;
    }

    /**
     * Reads rows until a sheet's header is found. A sheet without one among its first rows is reported (a
     * refusal handed out first) and passed over; when no sheet has one, the file is refused, with what the
     * likeliest header row lacks.
     */
    private void firstHeader() throws IOException {
        Candidate best = null;
        List<Rejection> skipped = new ArrayList<>();
        while (true) {
            Found found = findHeader(nextRow());
            if (found.header != null) {
                header = found.header;
                pending.addAll(skipped);
                return;
            }
            if (found.best != null && (best == null || found.best.found.size() > best.found.size())) {
                best = found.best;
            }
            if (found.next == null) {
                break;
            }
            skipped.add(noHeader(found.next, found.best));
            pending.clear();
            pending.add(found.next);
        }
        if (best == null) {
            throw new IllegalArgumentException("The file is empty: it needs a header line naming its columns.");
        }
        List<String> names = best.row.fields();
        throw new NoHeaderException(best.row, (best.row.sheet() == null ? "The header" : "No sheet has a header naming the "
                + "required columns; the likeliest, on sheet " + TradeText.quote(best.row.sheet()) + ",") + " has no column for "
                + and(best.missing) + "; it has " + (names.size() == 1 ? "1 column" : TradeText.count(names.size()) + " columns")
                + ": " + TradeText.list(names) + ". Name the columns so, or give a column mapping (e.g. hs_code=Code).");
    }

    /** No header naming every required column was found: the message says what the likeliest row lacks. */
    public static final class NoHeaderException extends IllegalArgumentException {

        private final transient TableRows.Row likeliest;

        NoHeaderException(TableRows.Row likeliest, String message) {
            super(message);
            this.likeliest = likeliest;
        }

        /** The row most like a header: the one naming most columns, else the first. */
        public TableRows.Row likeliest() {
            return likeliest;
        }
    }

    /** A row looked at as a header: the columns it names and the required ones it lacks. */
    private record Candidate(TableRows.Row row, Map<Column, Integer> found, List<String> missing) {
    }

    /** What the search for a sheet's header found: the header, or the likeliest row and the first row of the next sheet. */
    private record Found(Header header, Candidate best, TableRows.Row next) {
    }

    /**
     * Looks for the header among the first {@value #PREAMBLE} rows of the sheet {@code first} is on (rows
     * taken from {@link #pending} first). Rows of the sheet before the header are its preamble.
     */
    private Found findHeader(TableRows.Row first) throws IOException {
        Candidate best = null;
        TableRows.Row row = first;
        String sheet = first == null ? null : first.sheet();
        for (int read = 0; row != null && read < PREAMBLE; read++) {
            if (!java.util.Objects.equals(row.sheet(), sheet)) {
                return new Found(null, best, row);
            }
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            List<String> lacking = positions(row.fields(), layout.columns(), found);
            if (best == null || found.size() > best.found().size()) {
                best = new Candidate(row, found, lacking);
            }
            if (!found.isEmpty() && lacking.isEmpty()) {
                return new Found(new Header(sheet, found, row.fields().size(), row), best, null);
            }
            row = nextReadable();
        }
        // Not among the first rows: the rest of this sheet is skipped up to the next one.
        while (row != null && java.util.Objects.equals(row.sheet(), sheet)) {
            row = nextReadable();
        }
        return new Found(null, best, row);
    }

    /** The next row while looking for a header: a row that cannot be read is no header, and passed over. */
    private TableRows.Row nextReadable() throws IOException {
        while (true) {
            try {
                return nextRow();
            } catch (TableRows.MalformedRowException e) {
                // a preamble's stray quote: not the header, read on
            }
        }
    }

    private Rejection noHeader(TableRows.Row next, Candidate best) {
        String sheet = best == null ? "?" : best.row().sheet();
        return new Rejection(best == null ? next.line() : best.row().line(), "sheet " + TradeText.quote(sheet)
                + " is not read: none of its first " + PREAMBLE + " rows names the columns " + and(Column.requiredNames())
                + (best != null && !best.missing().isEmpty() ? " (the likeliest lacks " + and(best.missing()) + ")" : ""));
    }

    private static String and(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The next row: one read ahead first, else the file's next (a row that cannot be read becomes a rejection). */
    private TableRows.Row nextRow() throws IOException {
        while (!pending.isEmpty()) {
            Object o = pending.peekFirst();
            if (o instanceof TableRows.Row r) {
                pending.pollFirst();
                return r;
            }
            return null; // a rejection waits: handed out by next()
        }
        return rows.next();
    }

    /** The columns a row names, into {@code positions}; the required ones it lacks, as the refusal names them. */
    private static List<String> positions(List<String> names, Map<Column, String> mapping, Map<Column, Integer> positions) {
        List<String> normalized = names.stream().map(CustomsFile::normalize).toList();
        List<String> missing = new ArrayList<>();
        // First the columns mapped and the names known as they are; then names written otherwise, for the columns
        // still without a place, among the header names no column took ("№ товара" is the line, never also a
        // goods description that "наименование товара" would make of it loosely).
        Set<Integer> taken = new java.util.HashSet<>();
        mapping.forEach((column, wanted) -> {
            int at = normalized.indexOf(normalize(wanted));
            if (at >= 0) {
                positions.put(column, at);
                taken.add(at);
            }
        });
        for (Column column : Column.values()) {
            if (mapping.containsKey(column)) {
                continue;
            }
            for (int i = 0; i < names.size() && !positions.containsKey(column); i++) {
                if (!taken.contains(i) && column.matchesExactly(normalized.get(i))) {
                    positions.put(column, i);
                    taken.add(i);
                }
            }
        }
        for (Column column : Column.values()) {
            if (mapping.containsKey(column)) {
                continue;
            }
            for (int i = 0; i < names.size() && !positions.containsKey(column); i++) {
                if (!taken.contains(i) && column.matchesLoosely(normalized.get(i))) {
                    positions.put(column, i);
                    taken.add(i);
                }
            }
        }
        for (Column column : Column.values()) {
            String wanted = mapping.get(column);
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header() + (wanted != null ? " (mapped to " + TradeText.quote(wanted) + ")" : ""));
            }
        }
        return missing;
    }

    /** The CSV file's encoding; UTF-8 for a workbook. */
    public Charset charset() {
        return rows instanceof CsvRows csv ? csv.charset() : StandardCharsets.UTF_8;
    }

    /** The CSV file's delimiter; 0 for a workbook. */
    public char delimiter() {
        return rows instanceof CsvRows csv ? csv.delimiter() : 0;
    }

    /** The rows the file is read from: how far it is read, what it is. */
    public TableRows rows() {
        return rows;
    }

    /** Whether the (first) header has no declaration column: the rows are monthly totals. */
    public boolean aggregated() {
        return header.aggregated();
    }

    /** The (first) header row as the file has it: its names, and where it is. */
    public TableRows.Row header() {
        return header.row();
    }

    /**
     * The header names a sheet's header row gives the file's columns, by the {@link Column} each is taken
     * for (only those the defaults or the layout name).
     */
    public static Map<Column, Integer> columnsOf(List<String> names, Map<Column, String> mapping) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        positions(names, mapping, found);
        return found;
    }

    /** The columns the (first) header has, by their place in it. */
    public Map<Column, Integer> columns() {
        return java.util.Collections.unmodifiableMap(header.positions());
    }

    /**
     * The next data line, read and checked: a {@link Line} or a {@link Rejection}; empty at the end
     * of the file.
     */
    public Optional<Read> next() {
        TableRows.Row row;
        try {
            if (pending.peekFirst() instanceof Rejection waiting) {
                pending.pollFirst();
                return Optional.of(waiting);
            }
            row = nextRow();
            while (row != null && !java.util.Objects.equals(row.sheet(), header.sheet())) {
                // A new sheet: its own header first.
                Found found = findHeader(row);
                if (found.header() != null) {
                    header = found.header();
                    row = nextRow();
                } else {
                    if (found.next() != null) {
                        pending.addFirst(found.next());
                    }
                    if (found.best() != null || found.next() != null) {
                        return Optional.of(noHeader(found.next(), found.best()));
                    }
                    row = nextRow();
                }
            }
        } catch (TableRows.MalformedRowException e) {
            return Optional.of(new Rejection(e.line(), e.getMessage()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (row == null) {
            return Optional.empty();
        }
        List<String> cells = row.fields();
        if (row.sheet() == null && cells.size() != header.width()) {
            return Optional.of(new Rejection(row.line(), "the line has " + TradeText.count(cells.size())
                    + " fields, the header has " + TradeText.count(header.width())));
        }
        Fields fields = new Fields(row);
        List<String> problems = fields.problems;
        String declaration = fields.optional(Column.DECLARATION);
        Integer item = item(fields, problems);
        Dated date = date(fields, problems);
        HsCode hs = hsCode(fields, problems);
        String exporter = fields.required(Column.EXPORTER);
        String consignee = fields.required(Column.CONSIGNEE);
        String origin = country(fields, Column.ORIGIN, problems);
        String dispatch = country(fields, Column.DISPATCH, problems);
        String destination = country(fields, Column.DESTINATION, problems);
        if (destination == null && !fields.bad.contains(Column.DESTINATION)) {
            destination = layout.destination();
        }
        BigDecimal value = number(fields, Column.VALUE, TradeLimits.MONEY_INTEGER_DIGITS, TradeLimits.MONEY_SCALE, problems);
        String currency = fields.optional(Column.CURRENCY);
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            problems.add("currency " + TradeText.quote(currency) + " is not a three-letter ISO 4217 code");
        }
        if (currency == null && value != null) {
            currency = layout.currency();
        }
        BigDecimal quantity = number(fields, Column.QUANTITY, TradeLimits.MEASURE_INTEGER_DIGITS, TradeLimits.MEASURE_SCALE,
                problems);
        BigDecimal weight = number(fields, Column.NET_WEIGHT, TradeLimits.MEASURE_INTEGER_DIGITS, TradeLimits.MEASURE_SCALE,
                problems);
        if (!header.aggregated() && declaration == null && !fields.bad.contains(Column.DECLARATION)) {
            problems.add("declaration_number is missing");
        }
        if (!problems.isEmpty()) {
            return Optional.of(new Rejection(row.line(), (row.sheet() == null ? "" : row.where() + ": ")
                    + String.join("; ", problems)));
        }
        String unit = fields.optional(Column.UNIT);
        String description = fields.optional(Column.DESCRIPTION);
        String upper = currency == null ? null : currency.toUpperCase(Locale.ROOT);
        String key = key(declaration, item, date, hs, description, exporter, consignee, origin, dispatch, destination, value,
                upper, quantity, unit, weight);
        return Optional.of(new Line(row.line(), key, declaration, item, date.day(), date.precision(), header.aggregated(), hs,
                description, exporter, consignee, origin, dispatch, destination, value, upper, quantity, unit, weight));
    }

    /**
     * The record's key: {@code D:} the declaration and its line, where both are given; else {@code C:} (a
     * declaration's line without number) or {@code A:} (an aggregated row) and a digest of every value,
     * with {@code #n} for the n-th row alike in all of them.
     */
    private String key(String declaration, Integer item, Dated date, HsCode hs, String description, String exporter,
            String consignee, String origin, String dispatch, String destination, BigDecimal value, String currency,
            BigDecimal quantity, String unit, BigDecimal weight) {
        if (declaration != null && item != null) {
            return "D:" + declaration + "#" + item;
        }
        String digest = Occurrences.digest(declaration, date.day() + "/" + date.precision(), hs.digits(), description,
                exporter, consignee, origin, dispatch, destination, plain(value), currency, plain(quantity), unit, plain(weight));
        int seen = occurrences.count(digest);
        return (declaration != null ? "C:" : "A:") + digest + (seen > 1 ? "#" + seen : "");
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /**
     * The fields of a line by column, each checked as text first: one with a control character, with
     * bytes the encoding did not decode, or longer than its column holds is reported and then left out
     * (so that nothing else is said of it).
     */
    private final class Fields {

        final List<String> problems = new ArrayList<>();
        private final Map<Column, String> values = new EnumMap<>(Column.class);
        final Set<Column> bad = EnumSet.noneOf(Column.class);

        Fields(TableRows.Row row) {
            header.positions().forEach((column, at) -> {
                String value = at < row.fields().size() ? row.fields().get(at).strip() : "";
                if (value.isEmpty() || EMPTY.contains(value.toUpperCase(Locale.ROOT))) {
                    return;
                }
                String problem = TradeText.problem(value, encoding);
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
        rows.close();
    }

    /** The line number within its declaration; none when not given or written as 0 (as some exports write every line). */
    private static Integer item(Fields fields, List<String> problems) {
        String value = fields.optional(Column.LINE);
        if (value == null) {
            return null;
        }
        String digits = value.matches("[0-9]+\\.0+") ? value.substring(0, value.indexOf('.')) : value;
        try {
            int number = Integer.parseInt(digits);
            if (number < 0) {
                problems.add(Column.LINE.header() + " " + TradeText.quote(value) + " is not a positive whole number");
            }
            return number <= 0 ? null : number;
        } catch (NumberFormatException e) {
            problems.add(Column.LINE.header() + " " + TradeText.quote(value) + (digits.matches("[0-9]+")
                    ? " is too large (at most " + TradeText.count(Integer.MAX_VALUE) + ")" : " is not a whole number"));
            return null;
        }
    }

    /** A date as read: a day, or a month (its first day). */
    record Dated(LocalDate day, DatePrecision precision) {
    }

    private static Dated date(Fields fields, List<String> problems) {
        String value = fields.required(Column.DATE);
        if (value == null) {
            return null;
        }
        Dated dated = parseDate(value);
        if (dated == null) {
            problems.add("date " + TradeText.quote(value) + " is neither a date (2024-03-31, 31.03.2024 or 31/03/2024) nor a "
                    + "month (2024-03, 03.2024, Mar 2024, март 2024)");
            return null;
        }
        if (dated.day().getYear() < TradeLimits.FIRST_YEAR || dated.day().getYear() > TradeLimits.LAST_YEAR) {
            problems.add("date " + TradeText.quote(value) + " is not between the years " + TradeLimits.FIRST_YEAR + " and "
                    + TradeLimits.LAST_YEAR);
            return null;
        }
        return dated;
    }

    /** A day or a month as customs exports write them; null when it is neither. */
    static Dated parseDate(String written) {
        String value = written.strip();
        // A spreadsheet's date-time: the day is what counts.
        if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
            value = value.substring(0, 10);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return new Dated(LocalDate.parse(value, format), DatePrecision.DAY);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        Integer year = null;
        Integer month = null;
        Matcher m;
        if ((m = YEAR_MONTH.matcher(value)).matches()) {
            year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        } else if ((m = MONTH_YEAR.matcher(value)).matches()) {
            month = Integer.parseInt(m.group(1));
            year = Integer.parseInt(m.group(2));
        } else if ((m = NAMED_MONTH.matcher(value)).matches()) {
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            month = monthOf(name);
        }
        if (year == null || month == null || month < 1 || month > 12) {
            return null;
        }
        return new Dated(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    /** A month by its name or abbreviation in English or Russian (any case, any grammatical case): 1–12, or null. */
    static Integer monthOf(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Integer month = MONTH_NAMES.get(n);
        if (month == null && n.length() >= 3) {
            // Russian month names by their stem: январь/января/янв, май/мая, март/марта
            month = MONTH_NAMES.get(n.substring(0, 3));
            if (month != null && !MONTH_NAMES.containsKey(n) && !isMonthWord(n, month)) {
                month = null;
            }
        }
        return month;
    }

    /** Whether a word longer than three letters is a form of the month whose stem it starts with (not "Marsala 2023"). */
    private static boolean isMonthWord(String word, int month) {
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"};
        String[] russian = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
            "декабр"};
        return word.equals(english[month - 1]) || word.equals("sept") && month == 9
                || word.startsWith(russian[month - 1]) && word.length() <= russian[month - 1].length() + 2;
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new java.util.HashMap<>();
        String[] english = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String[] russian = {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
        for (int i = 0; i < 12; i++) {
            names.put(english[i], i + 1);
            names.put(russian[i], i + 1);
        }
        names.put("мая", 5);
        names.put("sept", 9);
        names.put("июнь", 6);
        names.put("июль", 7);
        return names;
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

    private static String normalize(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
