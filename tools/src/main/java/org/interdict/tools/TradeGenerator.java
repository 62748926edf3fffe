package org.interdict.tools;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes made-up customs declaration lines in Interdict's default CSV layout, of any size, the same
 * for the same seed: HS codes from HS 2022 with a share on the Common High Priority list, the
 * companies of the demo story among many generated ones, exporters written with transliteration,
 * legal-form and typo variants (a few per company, as real clerks repeat theirs), intermediaries in
 * third countries between Chinese exporters and Russian or Belarusian consignees (a declaration into
 * the third country and one out of it), values and weights with a long-tailed spread. Streams, so a
 * million lines need no memory to speak of. The same lines can be written as an Excel workbook
 * ({@link TradeWorkbook}: typed cells, a title before the header, a sheet per half million lines), as
 * vendors deliver their extracts.
 *
 * <pre>tools/run trade-file OUT.csv|OUT.xlsx LINES [SEED]</pre>
 * or, JDK only and without a build (CSV only: the workbook needs POI):
 * <pre>java tools/src/main/java/org/interdict/tools/TradeGenerator.java OUT.csv LINES [SEED] [REFERENCE_DIR]</pre>
 * REFERENCE_DIR defaults to ../shared/data/reference (the HS 2022 table and the CHP list).
 */
public final class TradeGenerator {

    private static final String[] SYLLABLES = {"ka", "ro", "vi", "ne", "ta", "lo", "mi", "su", "de", "ran", "tor", "vel", "mar",
        "zen", "bor", "lin", "sha", "hua", "xin", "tek"};
    private static final String[] CYRILLIC = {"ка", "ро", "ви", "не", "та", "ло", "ми", "су", "де", "ран", "тор", "вел", "мар",
        "зен", "бор", "лин", "ша", "хуа", "син", "тек"};
    private static final String[] BUSINESS = {"Optics", "Electronics", "Precision", "Machinery", "Trading", "Logistics",
        "Components", "Systems", "Aero", "Sensor", "Photonics", "Semiconductor", "Industrial", "Technology", "Supply"};
    private static final String[] CN_CITIES = {"Shenzhen", "Shanghai", "Wuhan", "Hangzhou", "Dongguan", "Xiamen", "Ningbo"};
    private static final String[] THIRD_COUNTRIES = {"HK", "AE", "TR", "KZ", "AM", "KG", "UZ", "GE"};
    private static final String[][] STORY_EXPORTERS = {{"Shanghai H Win Co., Ltd.", "CN"}, {"iFlight Technology Co., Ltd.", "CN"},
        {"SZ DJI Technology Co., Ltd.", "CN"}, {"Wuhan Global Sensor Technology Co., Ltd.", "CN"}, {"iRay Technology Co., Ltd.", "CN"},
        {"Wuhan Tongsheng Technology Co., Ltd.", "CN"}};
    private static final String[] STORY_CONSIGNEES = {"Silva LLC", "ООО «Сильва»", "SILVA, OOO", "Silva Limited Liability Company"};

    /** The columns, in Interdict's default layout. */
    static final String[] HEADER = {"declaration_number", "line", "date", "hs_code", "goods_description", "exporter", "consignee",
        "origin_country", "dispatch_country", "destination_country", "value", "currency", "quantity", "unit", "net_weight_kg"};
    /** The customs post that the declaration numbers name (a Russian one, as in the demo story). */
    static final String POST = "10702030";

    /** What a file of declaration lines is written as. */
    enum Format {
        CSV, XLSX;

        /** By the file's name: .xlsx for a workbook, anything else CSV. */
        static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    /** Where the lines go, one at a time, each with the fields of {@link #HEADER} as text. */
    interface Sink extends Closeable {
        void line(String[] fields) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42,
                Path.of(args.length > 3 ? args[3] : "../shared/data/reference"));
    }

    /** Writes the lines as CSV, or as a workbook when the file's name ends in .xlsx. */
    static void write(Path out, long lines, long seed, Path reference) throws IOException {
        write(out, Format.of(out), lines, seed, reference, POST);
    }

    /**
     * Writes the lines in that format; {@code post} is the customs post the declaration numbers name, so that
     * the same lines can be imported twice as different declarations (a second import would hold them all
     * already).
     */
    static void write(Path out, Format format, long lines, long seed, Path reference, String post) throws IOException {
        Counter counter;
        try (Sink sink = format == Format.CSV ? new CsvSink(out) : workbook(out)) {
            counter = write(sink, lines, seed, reference, post);
        }
        System.out.printf("%,d lines (%,d declarations) written to %s with seed %d%n", counter.written, counter.declarations,
                out, seed);
    }

    /**
     * The workbook writer, found by name: it needs POI, which a run of this file alone (java TradeGenerator.java,
     * JDK only) does not have.
     */
    private static Sink workbook(Path out) throws IOException {
        try {
            return (Sink) Class.forName(TradeGenerator.class.getPackageName() + ".TradeWorkbook").getDeclaredConstructor(Path.class)
                    .newInstance(out);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("writing .xlsx needs the built tools (tools/run trade-file OUT.xlsx LINES), not this file alone");
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the lines into the sink; what was written. */
    static Counter write(Sink sink, long lines, long seed, Path reference, String post) throws IOException {
        Random random = new Random(seed);
        List<String> chp = column(reference.resolve("chpl_common_high_priority_items_2024-02.csv"), 1, null);
        List<String> hs = column(reference.resolve("hs2022_harmonized_system.csv"), 1, "6");

        List<String[]> exporters = new ArrayList<>(List.of(STORY_EXPORTERS));
        for (int i = 0; i < 400; i++) {
            exporters.add(new String[] {CN_CITIES[random.nextInt(CN_CITIES.length)] + " " + coined(random) + " "
                + BUSINESS[random.nextInt(BUSINESS.length)] + " Co., Ltd.", "CN"});
        }
        List<String[]> intermediaries = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String country = THIRD_COUNTRIES[random.nextInt(THIRD_COUNTRIES.length)];
            intermediaries.add(new String[] {coined(random) + " " + BUSINESS[random.nextInt(BUSINESS.length)]
                + (country.equals("HK") ? " Limited" : country.equals("AE") ? " FZE" : " LLC"), country});
        }
        List<String[]> consignees = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int[] name = {random.nextInt(SYLLABLES.length), random.nextInt(SYLLABLES.length), random.nextInt(SYLLABLES.length)};
            consignees.add(new String[] {latin(name), cyrillic(name), random.nextInt(5) == 0 ? "BY" : "RU"});
        }

        // Each company is written in a few ways, the same few throughout: as registered, in capitals, without its
        // legal form, and with the typo one clerk keeps making.
        List<String[]> exporterVariants = new ArrayList<>();
        for (String[] exporter : exporters) {
            exporterVariants.add(variants(random, exporter[0]));
        }

        Counter counter = new Counter(lines, post);
        LocalDate start = LocalDate.of(2023, 1, 1);
        while (counter.more()) {
            LocalDate date = start.plusDays(random.nextInt(730));
            int pick = random.nextInt(exporters.size());
            String[] exporter = exporters.get(pick);
            String sender = pick(random, exporterVariants.get(pick));
            boolean story = random.nextInt(50) == 0;
            String[] consignee = consignees.get(random.nextInt(consignees.size()));
            String receiver = story ? STORY_CONSIGNEES[random.nextInt(STORY_CONSIGNEES.length)]
                    : random.nextInt(3) == 0 ? "ООО «" + consignee[1] + "»" : consignee[0] + (random.nextBoolean() ? " LLC" : " OOO");
            List<String[]> goods = goods(random, chp, hs);
            if (random.nextInt(3) == 0) {
                // Through an intermediary in a third country: China to it, then on from it a few weeks later.
                String[] intermediary = intermediaries.get(random.nextInt(intermediaries.size()));
                declaration(sink, counter, date, sender, intermediary[0], exporter[1], intermediary[1], goods, 1.0);
                declaration(sink, counter, date.plusDays(10 + random.nextInt(40)), intermediary[0], receiver, intermediary[1],
                        consignee[2], goods, 1.1 + random.nextDouble() * 0.4);
            } else {
                declaration(sink, counter, date, sender, receiver, exporter[1], consignee[2], goods, 1.0);
            }
        }
        return counter;
    }

    /** The lines as CSV: exporter and consignee always quoted (as they may hold commas), the rest as they are. */
    private static final class CsvSink implements Sink {
        private final BufferedWriter csv;

        CsvSink(Path out) throws IOException {
            csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            csv.write(String.join(",", HEADER));
            csv.write('\n');
        }

        @Override
        public void line(String[] fields) throws IOException {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    csv.write(',');
                }
                csv.write(i == 5 || i == 6 ? quote(fields[i]) : fields[i]);
            }
            csv.write('\n');
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    /** Lines written and declarations numbered so far, and how many lines are wanted. */
    static final class Counter {
        final long wanted;
        final String post;
        long written;
        long declarations;

        Counter(long wanted, String post) {
            this.wanted = wanted;
            this.post = post;
        }

        boolean more() {
            return written < wanted;
        }
    }

    /** One to five goods items: HS code as written, value, currency, quantity, weight. */
    private static List<String[]> goods(Random random, List<String> chp, List<String> hs) {
        List<String[]> items = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int item = 0; item < count; item++) {
            String code = random.nextInt(100) < 30 ? chp.get(random.nextInt(chp.size())) : hs.get(random.nextInt(hs.size()));
            double value = Math.exp(7 + 2 * random.nextGaussian());
            double weight = Math.max(0.1, value / (20 + random.nextInt(400)));
            String currency = random.nextInt(10) < 7 ? "USD" : random.nextBoolean() ? "CNY" : "EUR";
            items.add(new String[] {code, hsWritten(random, code), String.valueOf(value), currency,
                String.valueOf(1 + random.nextInt(5000)), String.format(Locale.ROOT, "%.3f", weight)});
        }
        return items;
    }

    private static void declaration(Sink sink, Counter counter, LocalDate date, String sender, String receiver,
            String dispatch, String destination, List<String[]> goods, double markup) throws IOException {
        counter.declarations++;
        String number = String.format(Locale.ROOT, "%s/%02d%02d%02d/%07d", counter.post, date.getDayOfMonth(), date.getMonthValue(),
                date.getYear() % 100, counter.declarations);
        for (int item = 0; item < goods.size() && counter.more(); item++) {
            String[] g = goods.get(item);
            sink.line(new String[] {number, String.valueOf(item + 1), date.toString(), g[1], "Goods of subheading " + g[0],
                sender, receiver, "CN", dispatch, destination,
                String.format(Locale.ROOT, "%.2f", Double.parseDouble(g[2]) * markup), g[3], g[4], "pcs", g[5]});
            counter.written++;
        }
    }

    /** A company's name as registered, in capitals, without its legal form, and with a typo. */
    private static String[] variants(Random random, String name) {
        int space = name.indexOf(' ');
        int at = 1 + random.nextInt(Math.max(1, space > 1 ? space - 1 : name.length() - 1));
        String typo = name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(Math.min(name.length(), at + 1));
        return new String[] {name, name.toUpperCase(Locale.ROOT), name.replace(" Co., Ltd.", "").replace(" Ltd.", ""), typo};
    }

    /** Mostly as registered; each other variant one time in eight. */
    private static String pick(Random random, String[] variants) {
        int which = random.nextInt(8);
        return which < variants.length - 1 ? variants[which + 1] : variants[0];
    }

    /** A made-up company name of three syllables. */
    private static String coined(Random random) {
        return latin(new int[] {random.nextInt(SYLLABLES.length), random.nextInt(SYLLABLES.length), random.nextInt(SYLLABLES.length)});
    }

    private static String latin(int[] syllables) {
        StringBuilder name = new StringBuilder();
        for (int s : syllables) {
            name.append(SYLLABLES[s]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String cyrillic(int[] syllables) {
        StringBuilder name = new StringBuilder();
        for (int s : syllables) {
            name.append(CYRILLIC[s]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** HS codes as declarations write them: plain, dotted, or with national digits. */
    private static String hsWritten(Random random, String hs6) {
        return switch (random.nextInt(3)) {
            case 0 -> hs6;
            case 1 -> hs6.substring(0, 4) + "." + hs6.substring(4);
            default -> hs6 + String.format(Locale.ROOT, "%04d", random.nextInt(10000));
        };
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /** One column of a reference table (quoted fields are read simply: the codes come before any comma in text). */
    private static List<String> column(Path file, int index, String level) throws IOException {
        List<String> values = new ArrayList<>();
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split(",");
            String code = fields[index].strip();
            if (!code.matches("[0-9]{6}")) {
                continue;
            }
            int chapter = Integer.parseInt(code.substring(0, 2));
            // Chapters 77, 98 and 99 are reserved, not goods.
            boolean goods = chapter >= 1 && chapter <= 97 && chapter != 77;
            if (goods && (level == null || fields[fields.length - 1].strip().equals(level))) {
                values.add(code);
            }
        }
        return values;
    }
}
