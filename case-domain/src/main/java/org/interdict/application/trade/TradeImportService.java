package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.CsvWriter;
import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.domain.model.trade.ChpTier;
import org.interdict.domain.model.trade.ImportBatch;
import org.interdict.domain.model.trade.ImportStatus;
import org.interdict.domain.model.trade.RiskRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports customs declarations from CSV: a batch per file, read as a stream in chunks of
 * {@value #CHUNK} lines, each chunk stored in its own transaction (new records, refused lines with
 * their numbers and reasons, counts). A line the agency already holds is counted as a duplicate, so
 * a file imported twice, an overlapping one, or one whose import was interrupted and is run again,
 * ends with each declaration line stored once. Each record gets its CHP tier from its HS code and
 * is flagged when the {@link RiskRule} says so: listed goods going to a destination on the
 * administrators' list of {@link SanctionedDestinations}, as the list stands when the import starts
 * reading (records imported before a change of the list keep the flag they got).
 *
 * <p>A bad line never costs the others: the file's reader refuses what it can tell is wrong, a line
 * whose exporter or consignee no party can be made of is refused, and when the database still
 * refuses a chunk for a reason of its data, the chunk's lines are stored again one by one, each in its
 * own transaction, so that only the lines it refuses are refused, with the reason in words. Only a
 * reason of the whole file (no header, required columns missing, unreadable) or of the system (the
 * database or the search service not answering) fails the batch, with a message for the operator.
 */
@ApplicationScoped
public class TradeImportService {

    static final int CHUNK = 1000;

    private TradeImports imports;
    private NameResolutions names;
    private PartyMatcher matcher;
    private TradeRecordWriter writer;
    private ChpList chp;
    private SanctionedDestinations destinations;
    private HsNomenclature nomenclature;
    private AccessPolicy access;
    private AuditRecorder audit;
    private ExchangeRates rates;

    /** For the CDI container's client proxy. */
    protected TradeImportService() {
    }

    @Inject
    public TradeImportService(TradeImports imports, NameResolutions names, PartyMatcher matcher, TradeRecordWriter writer,
            ChpList chp, SanctionedDestinations destinations, HsNomenclature nomenclature, AccessPolicy access,
            AuditRecorder audit, ExchangeRates rates) {
        this.imports = imports;
        this.names = names;
        this.matcher = matcher;
        this.writer = writer;
        this.chp = chp;
        this.destinations = destinations;
        this.nomenclature = nomenclature;
        this.access = access;
        this.audit = audit;
        this.rates = rates;
    }

    /** How far an import got, with its rate and the time it still needs (when the file's size tells). */
    /**
     * An import and how it advances: lines per second, the share of the file read (0 to 1) and, while it
     * runs and once enough is read to tell, the seconds left at the pace so far (null otherwise).
     */
    public record Progress(BatchView batch, double linesPerSecond, double done, Long secondsLeft) {

        static Progress of(ImportBatch b) {
            Instant end = b.finishedAt() == null ? Instant.now() : b.finishedAt();
            double seconds = Math.max(0.001, Duration.between(b.startedAt(), end).toMillis() / 1000.0);
            BatchView view = BatchView.of(b);
            double done = view.done();
            Long left = b.status().isFinal() ? Long.valueOf(0) : done < 0.01 ? null : Math.round(seconds * (1 - done) / done);
            return new Progress(view, Math.round(b.linesRead() / seconds * 10) / 10.0, Math.round(done * 1000) / 1000.0, left);
        }
    }

    /** An import as its followers read it: its file, state and counts. */
    public record BatchView(UUID id, String agency, String fileName, long fileBytes, String fileSha256, String encoding,
            String delimiter, ImportStatus status, String startedBy, Instant startedAt, Instant heartbeatAt, Instant finishedAt,
            long linesRead, long stored, long rejected, long duplicates, long bytesRead, String error) {

        static BatchView of(ImportBatch b) {
            return new BatchView(b.id(), b.agency(), b.fileName(), b.fileBytes(), b.fileSha256(), b.encoding(), b.delimiter(),
                    b.status(), b.startedBy(), b.startedAt(), b.heartbeatAt(), b.finishedAt(), b.linesRead(), b.stored(),
                    b.rejected(), b.duplicates(), b.bytesRead(), b.error());
        }

        /**
         * The share of the file read, 0 to 1: its bytes read of its size while it runs (the reader is ahead of
         * the stored lines by at most a chunk), 1 once it has ended.
         */
        public double done() {
            if (status.isFinal()) {
                return 1.0;
            }
            return fileBytes <= 0 ? 0.0 : Math.min(1.0, (double) bytesRead / fileBytes);
        }
    }

    /**
     * Checks the file's header and records the batch as running; {@link #run} then reads it.
     *
     * @param file a copy of the upload, which {@link #run} deletes when done
     */
    @Transactional
    public Progress start(String fileName, Path file, String sha256, CustomsFile.Layout layout) {
        if (!access.canImportTrade()) {
            throw new AccessDeniedException("Only analysts, supervisors and administrators import trade records.");
        }
        String agency = access.caller().agency();
        imports.abandonStale();
        String encoding;
        String delimiter;
        try (CustomsFile opened = open(file, layout, nomenclature)) {
            boolean workbook = !(opened.rows() instanceof CsvRows);
            encoding = workbook ? "XLSX" : opened.charset().name();
            delimiter = workbook ? null : opened.delimiter() == '\t' ? "\\t" : String.valueOf(opened.delimiter());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportBatch batch = ImportBatch.start(UUID.randomUUID(), agency, name(fileName), size(file), sha256, encoding, delimiter,
                access.caller().username(), Instant.now());
        imports.begin(batch);
        audit.event("TRADE_IMPORT_STARTED", "import", batch.id().toString(),
                Map.of("file", batch.fileName(), "bytes", batch.fileBytes(), "sha256", sha256));
        return Progress.of(batch);
    }

    /** Reads the whole file into the batch, chunk by chunk; never throws (a failure is the batch's status). */
    public void run(UUID batchId, Path file, CustomsFile.Layout layout) {
        ImportBatch batch = imports.find(batchId).orElseThrow(() -> new RecordNotFoundException("import", batchId));
        TradeRecordWriter.ImportCounts counts = new TradeRecordWriter.ImportCounts(batchId);
        String failure;
        try {
            failure = read(batch, file, layout, counts);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                TradeLog.LOG.uploadNotDeleted(file.toString(), e.getMessage());
            }
        }
        try {
            if (failure == null) {
                batch.finish(Instant.now());
            } else {
                batch.fail(failure, Instant.now());
            }
            if (!imports.conclude(batch)) {
                TradeLog.LOG.endedAfterAbandoned(batchId, batch.status(), ImportBatch.STALE_AFTER.toSeconds());
                return;
            }
        } catch (RuntimeException e) {
            // It stays running until its heartbeat is found stale.
            TradeLog.LOG.importFailed(batchId, e);
            return;
        }
        if (failure == null) {
            TradeLog.LOG.importFinished(batchId, counts.linesRead(), counts.stored(), counts.rejected(), counts.duplicates());
        }
    }

    /** Reads and stores the file; returns null, or why the batch failed in words for an operator (never SQL). */
    private String read(ImportBatch batch, Path file, CustomsFile.Layout layout, TradeRecordWriter.ImportCounts counts) {
        try {
            CustomsFile opened;
            try {
                opened = open(file, layout, nomenclature);
            } catch (IllegalArgumentException e) {
                // The header as start() checked it: only a file changed since fails here, and the message says why.
                return e.getMessage();
            }
            try (CustomsFile csv = opened) {
                // The list as it stands now, for the whole file: a change made while it runs applies to the next import.
                Rules risk = new Rules(RiskRule.forDestinations(destinations.countries()), rates.table());
                PartyResolution parties = new PartyResolution(batch, names, matcher);
                List<CustomsFile.Line> lines = new ArrayList<>(CHUNK);
                List<CustomsFile.Rejection> rejections = new ArrayList<>();
                for (var read = csv.next(); read.isPresent(); read = csv.next()) {
                    if (read.get() instanceof CustomsFile.Line line) {
                        lines.add(line);
                    } else {
                        rejections.add((CustomsFile.Rejection) read.get());
                    }
                    if (lines.size() + rejections.size() >= CHUNK) {
                        counts.readUpTo(bytesRead(csv, batch));
                        write(counts, batch, risk, parties, lines, rejections);
                        lines = new ArrayList<>(CHUNK);
                        rejections = new ArrayList<>();
                    }
                }
                counts.readUpTo(bytesRead(csv, batch));
                write(counts, batch, risk, parties, lines, rejections);
                return null;
            }
        } catch (IOException | UncheckedIOException e) {
            TradeLog.LOG.importFailed(batch.id(), e);
            return "The file could not be read to its end: the import stopped after " + TradeText.count(counts.linesRead())
                    + " lines. " + KEPT;
        } catch (RuntimeException e) {
            TradeLog.LOG.importFailed(batch.id(), e);
            return "The import stopped after " + TradeText.count(counts.linesRead()) + " lines because " + cause(e)
                    + " (the server log has the details under import " + batch.id() + "). " + KEPT;
        }
    }

    /**
     * Opens a customs file as what it is: an Excel workbook (by its first bytes: a ZIP archive) or CSV.
     *
     * @throws IllegalArgumentException when it is neither, or no header is found in it
     */
    static CustomsFile open(Path file, CustomsFile.Layout layout, HsNomenclature nomenclature) throws IOException {
        byte[] head;
        try (InputStream sniff = Files.newInputStream(file)) {
            head = sniff.readNBytes(8);
        }
        if (XlsxRows.isXlsx(head)) {
            XlsxRows workbook = XlsxRows.open(file, layout.sheet());
            return CustomsFile.open(workbook, "UTF-8", layout, nomenclature);
        }
        if (layout.sheet() != null) {
            throw new IllegalArgumentException("The file is CSV, which has no sheets: leave the sheet out, or import the "
                    + "workbook itself.");
        }
        InputStream in = Files.newInputStream(file);
        try {
            return CustomsFile.open(CsvRows.open(in, Files.size(file)), null, layout, nomenclature);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** How far into the file the reader has come, in bytes (a workbook's share of its sheets read, in the file's bytes). */
    private static long bytesRead(CustomsFile file, ImportBatch batch) {
        return file.rows() instanceof CsvRows csv ? csv.bytesRead() : (long) (file.rows().done() * batch.fileBytes());
    }

    private static final String KEPT = "The lines before are kept: import the file again once this is resolved, and the "
            + "lines already stored are counted as duplicates.";

    /** What stopped an import, for an operator: never the exception's own text, which may be SQL. */
    private String cause(RuntimeException e) {
        if (e instanceof SearchUnavailableException) {
            return "resolving exporters and consignees to parties needs the search service, which did not answer";
        }
        if (imports.refusal(e).isPresent()) {
            return "the database refused to store the report of refused lines";
        }
        return "of an internal error (the database may not have answered)";
    }

    /**
     * Stores a chunk in one transaction; when the database refuses it for a reason of its data, stores
     * its lines one by one, each in its own transaction, and refuses those it still refuses.
     */
    private void write(TradeRecordWriter.ImportCounts counts, ImportBatch batch, Rules risk, PartyResolution parties,
            List<CustomsFile.Line> lines, List<CustomsFile.Rejection> rejections) {
        List<CustomsFile.Rejection> refused = new ArrayList<>(rejections);
        Prepared chunk = prepare(batch, risk, parties, lines, refused);
        TradeRecordWriter.ImportCounts before = counts.copy();
        try {
            parties.settled(writer.write(counts, batch, chunk.records(), refused, chunk.plan(), parties));
            return;
        } catch (RuntimeException e) {
            counts.restore(before);
            parties.abandoned(chunk.plan());
            if (imports.refusal(e).isEmpty()) {
                throw e;
            }
            TradeLog.LOG.chunkRefused(batch.id(), lines.isEmpty() ? 0 : lines.get(0).line(),
                    lines.isEmpty() ? 0 : lines.get(lines.size() - 1).line(), e);
        }
        for (TradeImports.TradeRecordRow record : chunk.records()) {
            CustomsFile.Line line = record.line();
            Prepared one = prepare(batch, risk, parties, List.of(line), refused);
            if (one.records().isEmpty()) {
                continue;
            }
            TradeRecordWriter.ImportCounts mark = counts.copy();
            try {
                parties.settled(writer.write(counts, batch, one.records(), List.of(), one.plan(), parties));
            } catch (RuntimeException e) {
                counts.restore(mark);
                parties.abandoned(one.plan());
                String reason = imports.refusal(e).orElseThrow(() -> e);
                TradeLog.LOG.lineRefused(batch.id(), line.line(), e);
                refused.add(new CustomsFile.Rejection(line.line(), "the database refused this line: " + reason));
            }
        }
        writer.write(counts, batch, List.of(), refused, PartyResolution.Plan.NONE, parties);
    }

    /** A chunk's records, assessed and ready to store, with the plan for their new names. */
    private record Prepared(List<TradeImports.TradeRecordRow> records, PartyResolution.Plan plan) {
    }

    /** Plans the lines' new names and assesses them; a line whose exporter or consignee no party can be made of is refused. */
    private Prepared prepare(ImportBatch batch, Rules risk, PartyResolution parties, List<CustomsFile.Line> lines,
            List<CustomsFile.Rejection> refused) {
        PartyResolution.Plan plan = parties.plan(lines);
        List<TradeImports.TradeRecordRow> records = new ArrayList<>(lines.size());
        for (CustomsFile.Line line : lines) {
            List<String> problems = new ArrayList<>(2);
            noParty(plan, "exporter", parties.split(line.exporter()), problems);
            if (!line.consignee().equals(line.exporter())) {
                noParty(plan, "consignee", parties.split(line.consignee()), problems);
            }
            if (problems.isEmpty()) {
                records.add(assess(line, batch, risk, parties.partyOf(line.exporter()), parties.partyOf(line.consignee())));
            } else {
                refused.add(new CustomsFile.Rejection(line.line(), String.join("; ", problems)));
            }
        }
        return new Prepared(records, plan);
    }

    private static void noParty(PartyResolution.Plan plan, String role, org.interdict.domain.model.trade.AgentConstruction.Split split,
            List<String> problems) {
        for (String name : split.hasAgent() ? List.of(split.principal(), split.agent()) : List.of(split.principal())) {
            String why = plan.refused().get(name);
            if (why != null) {
                String who = name.equals(split.agent()) ? role + "'s agent " : role + " ";
                problems.add(who + TradeText.quote(name) + " cannot be recorded as a party: " + TradeText.capped(why, 300));
            }
        }
    }

    /**
     * What an import assesses its records by, as they stand when it starts: the risk rule (the list of
     * sanctioned destinations) and the exchange rates.
     */
    record Rules(RiskRule risk, RateTable rates) {
    }

    /**
     * The record with its risk and its value in USD: CHP tier from the HS code, flagged as the risk rule
     * says, the value converted at the rate of its month (or the nearest earlier one within three months).
     */
    TradeImports.TradeRecordRow assess(CustomsFile.Line line, ImportBatch batch, Rules rules, UUID exporter, UUID consignee) {
        ChpTier tier = chp.classify(line.hsCode()).map(ChpList.Item::tier).orElse(null);
        boolean flagged = rules.risk().flags(tier, line.destination());
        RateTable.Conversion usd = rules.rates().toUsd(line.value(), line.currency(), line.date()).orElse(null);
        return new TradeImports.TradeRecordRow(UUID.randomUUID(), batch.agency(), line, tier == null ? null : tier.label(),
                flagged, usd, batch.id(), exporter, consignee);
    }

    /** An import as it stands; one whose node stopped sending its heartbeat is marked failed first, as in {@link #recent}. */
    @Transactional
    public Progress progress(UUID id) {
        ImportBatch batch = batch(id);
        if (batch.isStale(Instant.now())) {
            imports.abandonStale();
            batch = batch(id);
        }
        return Progress.of(batch);
    }

    @Transactional
    public List<Progress> recent() {
        String agency = access.caller().agency();
        if (!access.canSeeImports(agency)) {
            throw new AccessDeniedException("Only the agency's analysts, supervisors, auditors and administrators follow its imports.");
        }
        imports.abandonStale();
        return imports.recent(agency, 50).stream().map(Progress::of).toList();
    }

    /** The refused lines of an import as CSV: line number and reason. */
    @Transactional
    public void rejectionsCsv(UUID id, Writer out) {
        CsvWriter csv = new CsvWriter(out, List.of("line", "reason"));
        imports.rejections(batch(id).id(), r -> csv.row(List.of(String.valueOf(r.line()), r.reason())));
        csv.flush();
    }

    /** The batch, when the caller may follow it; 404 otherwise, as if it did not exist. */
    public BatchView visible(UUID id) {
        return BatchView.of(batch(id));
    }

    private ImportBatch batch(UUID id) {
        return imports.find(id).filter(b -> access.canSeeImports(b.agency()))
                .orElseThrow(() -> new RecordNotFoundException("import", id));
    }

    /** The file's name for the record: its last path segment, sanitised, at most {@value TradeLimits#FILE_NAME} characters. */
    private static String name(String fileName) {
        String name = org.interdict.domain.model.shared.PlainText.fileName(fileName);
        return name == null ? "upload.csv" : TradeText.capped(name, TradeLimits.FILE_NAME);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
