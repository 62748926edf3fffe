package org.interdict.tools;

import org.interdict.infrastructure.elasticsearch.names.MatchingQuality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The tools' one entry point: {@code tools/run COMMAND [ARGS]}. {@code ./interdict} calls it for the
 * instance it manages, after making sure that instance is up, and passes the instance's addresses and
 * credentials in the environment ({@link #ENVIRONMENT}). The tools talk to the instance through its REST
 * API; the benchmarks also to Elasticsearch, for the raw {@code _bulk} they compare with. None touches the
 * database.
 */
public final class Tools {

    /** A command: its name, its arguments, one line on what it does, and the code. */
    private record Command(String name, String arguments, String description, Action action) {
    }

    private interface Action {
        void run(Args args) throws Exception;
    }

    private static final String OPERATOR = "interdict-operator";

    private static final List<Command> COMMANDS = List.of(
            new Command("import", "FILE [MAPPING]", "import a customs CSV file and follow it to the end (operator client)",
                    a -> Operator.importFile(api(), keycloak(), OPERATOR, operatorSecret(), a.file(0), a.text(1, ""))),
            new Command("reindex", "", "rebuild the search indices from the database, with progress (operator client)",
                    a -> Operator.reindex(api(), keycloak(), OPERATOR, operatorSecret())),
            new Command("demo-trade", "", "the demo's 2,000 made-up customs lines (seed 42), once: only if the agency has no import; "
                    + "then each case being worked on gets its subjects' flagged shipments as evidence",
                    a -> demoTrade()),
            new Command("seed-parties", "N", "record made-up companies through POST /api/parties until ECA holds N",
                    a -> PartySeeder.seed(api(), keycloak(), "alice", password(), a.number(0, -1), seedThreads())),
            new Command("bench", "[N]", "latency of opening a case and of a workflow step, N calls each (default 1000)",
                    a -> CaseLatencyBenchmark.run(api(), keycloak(), "dmitri", password(), (int) a.number(0, 1000))),
            new Command("bench-search", "[P] [Q] [S]", "seed to P parties (default 100000); rebuild vs raw _bulk; Q searches "
                    + "(default 500) through REST vs straight to Elasticsearch; S screenings one after another (default 1000)",
                    Tools::benchSearch),
            new Command("bench-import", "[L] [P]", "seed to P parties (default 100000); L generated customs lines (default "
                    + "1000000) from file to searchable as CSV and as XLSX, WildFly's peak memory for each, vs raw _bulk", Tools::benchImport),
            new Command("bench-evidence", "[MB] [PAGES]", "upload a MB-megabyte file (default 100) vs a plain copy on the same "
                    + "disk; the text of a PAGES-page PDF (default 50): read by the server, then found by search",
                    a -> EvidenceBenchmark.run(api(), keycloak(), "alice", password(), work(), (int) a.number(0, 100), (int) a.number(1, 50))),
            new Command("quality", "[T]", "name-matching quality on the public sets in the shared data (threshold T, default 0.7)",
                    a -> quality(a.text(0, "0.7"))),
            new Command("trade-file", "OUT LINES [SEED]", "write LINES made-up customs declaration lines (default seed 42); "
                    + "OUT ending in .xlsx gives an Excel workbook",
                    a -> TradeGenerator.write(Path.of(a.text(0, null)), a.number(1, -1), a.number(2, 42), reference())));

    /** What the tools read from the environment ({@code ./interdict} sets it for its instance). */
    static final Map<String, String> ENVIRONMENT = new java.util.LinkedHashMap<>();

    static {
        ENVIRONMENT.put("INTERDICT_WEB_URL", "the application, e.g. http://127.0.0.1:8080 (the API is under /api)");
        ENVIRONMENT.put("INTERDICT_KEYCLOAK_URL", "Keycloak, e.g. http://127.0.0.1:8180 (realm interdict)");
        ENVIRONMENT.put("INTERDICT_OPERATOR_CLIENT_SECRET", "secret of the client interdict-operator");
        ENVIRONMENT.put("INTERDICT_DEMO_PASSWORD", "password of the demo users (default interdict)");
        ENVIRONMENT.put("INTERDICT_ELASTICSEARCH_URL, _USER, _PASSWORD", "Elasticsearch, for the benchmarks' raw _bulk");
        ENVIRONMENT.put("INTERDICT_WILDFLY_PID", "WildFly's java process, whose memory bench-import samples");
        ENVIRONMENT.put("INTERDICT_SHARED_DATA", "the public reference data (default ../shared/data)");
        ENVIRONMENT.put("INTERDICT_TOOLS_WORK", "where bench-import and bench-evidence keep their generated files (default: a temporary directory)");
        ENVIRONMENT.put("INTERDICT_SEED_THREADS", "requests at a time when seeding parties (default 8)");
    }

    private Tools() {
    }

    public static void main(String[] args) throws Exception {
        // POI (the workbooks of trade-file and bench-import) logs through the Log4j API, which without a logging
        // backend complains on the first use; its simple logger prints POI's few warnings instead.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        String name = args.length == 0 ? "help" : args[0];
        if (List.of("help", "-h", "--help").contains(name)) {
            help();
            return;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            help();
            System.err.println("error: unknown command '" + name + "'");
            System.exit(2);
            return;
        }
        try {
            command.action().run(new Args(command, List.of(args).subList(1, args.length)));
        } catch (UsageException e) {
            System.err.println("error: " + e.getMessage() + "\nusage: tools/run " + command.name() + " " + command.arguments());
            System.exit(2);
        }
    }

    private static void help() {
        System.out.println("tools/run COMMAND [ARGS]   (./interdict runs them against its instances)\n");
        for (Command command : COMMANDS) {
            System.out.printf("  %-14s %-18s %s%n", command.name(), command.arguments(), command.description());
        }
        System.out.println("\nEnvironment:");
        ENVIRONMENT.forEach((variable, meaning) -> System.out.printf("  %-48s %s%n", variable, meaning));
    }

    private static void benchSearch(Args a) throws Exception {
        long parties = a.number(0, 100_000);
        int queries = (int) a.number(1, 500);
        int screenings = (int) a.number(2, 1000);
        PartySeeder.seed(api(), keycloak(), "alice", password(), parties, seedThreads());
        awaitOutbox();
        System.out.printf("Rebuilding the index from the database, a raw _bulk of the same documents, then %d searches and "
                + "%d screenings%n", queries, screenings);
        SearchBenchmark.run(api(), keycloak(), elasticsearch(), operatorSecret(), password(), queries, screenings);
    }

    /** Where the benchmarks keep their generated files: INTERDICT_TOOLS_WORK, else a temporary directory. */
    private static Path work() {
        return Path.of(System.getenv().getOrDefault("INTERDICT_TOOLS_WORK",
                Path.of(System.getProperty("java.io.tmpdir"), "interdict-tools").toString()));
    }

    private static void benchImport(Args a) throws Exception {
        long lines = a.number(0, 1_000_000);
        long parties = a.number(1, 100_000);
        long pid = Long.parseLong(required("INTERDICT_WILDFLY_PID"));
        // The agency already knows its companies: names are resolved against a populated index.
        PartySeeder.seed(api(), keycloak(), "alice", password(), parties, seedThreads());
        awaitOutbox();
        Path work = work();
        Files.createDirectories(work);
        Path csv = generated(work, "trade-" + lines + "-seed7.csv", TradeGenerator.Format.CSV, lines, TradeGenerator.POST);
        // The same lines as a workbook, their declarations numbered at another customs post: new to the agency.
        Path xlsx = generated(work, "trade-" + lines + "-seed7-post10702070.xlsx", TradeGenerator.Format.XLSX, lines, "10702070");
        System.out.printf("Importing %s, then %s, end to end (file → PostgreSQL → Elasticsearch), then a raw _bulk of the "
                + "CSV's documents%n", csv, xlsx);
        ImportBenchmark.run(api(), keycloak(), elasticsearch(), operatorSecret(), csv, xlsx, lines, pid, work);
    }

    /** A file of generated lines in the work directory, written if it is not there yet (kept for the next run). */
    private static Path generated(Path work, String name, TradeGenerator.Format format, long lines, String post) throws Exception {
        Path file = work.resolve(name);
        if (!Files.exists(file)) {
            System.out.printf("Generating %,d customs lines as %s (seed 7; kept in %s for the next run)%n", lines, format, work);
            Path part = work.resolve(name + ".part");
            TradeGenerator.write(part, format, lines, 7, reference(), post);
            Files.move(part, file);
        }
        return file;
    }

    /** Imports the demo's customs lines into an agency without imports, after its parties reached the index. */
    private static void demoTrade() throws Exception {
        if (Operator.anyImport(api(), keycloak(), OPERATOR, operatorSecret())) {
            return;
        }
        Path reference = reference();
        if (!Files.isDirectory(reference)) {
            System.out.println("No reference data at " + reference + ": the demo starts without trade records");
            return;
        }
        System.out.println("Importing 2,000 made-up customs declaration lines for the demo");
        // Their names are resolved against the indexed parties: let the demo story's parties reach the index first.
        Operator.awaitOutbox(api(), keycloak(), OPERATOR, operatorSecret(), 60);
        Path file = Files.createTempFile("interdict-demo-trade-", ".csv");
        try {
            TradeGenerator.write(file, 2000, 42, reference);
            Operator.importFile(api(), keycloak(), OPERATOR, operatorSecret(), file, "");
        } finally {
            Files.deleteIfExists(file);
        }
        DemoEvidence.linkFlaggedShipments(api(), keycloak(), "alice", password());
    }

    private static void quality(String threshold) throws Exception {
        Path data = sharedData();
        if (!Files.isDirectory(data.resolve("name_matching"))) {
            throw new UsageException("no name-matching data at " + data + " (set INTERDICT_SHARED_DATA)");
        }
        if (!threshold.matches("0|1|0?\\.[0-9]+|1\\.0+")) {
            throw new UsageException("the threshold is a number from 0 to 1, not '" + threshold + "'");
        }
        MatchingQuality.main(new String[] {data.toString(), threshold});
    }

    private static void awaitOutbox() throws Exception {
        System.out.println("Waiting for the search outbox to drain (the seeded parties reach the index)");
        if (!Operator.awaitOutbox(api(), keycloak(), OPERATOR, operatorSecret(), 3600)) {
            throw new IllegalStateException("the search outbox did not drain in an hour");
        }
    }

    private static String api() {
        String api = System.getenv("INTERDICT_API_URL");
        return api != null ? api : System.getenv().getOrDefault("INTERDICT_WEB_URL", "http://127.0.0.1:8080") + "/api";
    }

    private static String keycloak() {
        return System.getenv().getOrDefault("INTERDICT_KEYCLOAK_URL", "http://127.0.0.1:8180");
    }

    private static String elasticsearch() {
        return System.getenv().getOrDefault("INTERDICT_ELASTICSEARCH_URL", "http://127.0.0.1:9200");
    }

    private static String operatorSecret() {
        return required("INTERDICT_OPERATOR_CLIENT_SECRET");
    }

    private static String password() {
        return System.getenv().getOrDefault("INTERDICT_DEMO_PASSWORD", "interdict");
    }

    private static int seedThreads() {
        return Integer.parseInt(System.getenv().getOrDefault("INTERDICT_SEED_THREADS", "8"));
    }

    private static Path sharedData() {
        return Path.of(System.getenv().getOrDefault("INTERDICT_SHARED_DATA", "../shared/data"));
    }

    private static Path reference() {
        return sharedData().resolve("reference");
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new UsageException(variable + " is not set (./interdict sets it for the instance it runs the tool against)");
        }
        return value;
    }

    /** The arguments of a command, checked as they are read. */
    private record Args(Command command, List<String> values) {

        String text(int index, String fallback) {
            if (index < values.size()) {
                return values.get(index);
            }
            if (fallback == null) {
                throw new UsageException("missing argument " + (index + 1));
            }
            return fallback;
        }

        long number(int index, long fallback) {
            if (index >= values.size() && fallback < 0) {
                throw new UsageException("missing argument " + (index + 1));
            }
            String value = index < values.size() ? values.get(index) : String.valueOf(fallback);
            if (!value.matches("[0-9]{1,15}")) {
                throw new UsageException("'" + value + "' is not a whole number");
            }
            return Long.parseLong(value);
        }

        Path file(int index) {
            Path file = Path.of(text(index, null));
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no file " + file);
            }
            return file;
        }
    }

    private static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }
}
