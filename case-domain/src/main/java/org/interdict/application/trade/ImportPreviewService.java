package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.domain.model.trade.AgentConstruction;
import org.interdict.domain.model.trade.DatePrecision;
import org.interdict.domain.model.trade.RegistryNumbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an import of a file would do, before it is started: the file read with a layout (given, or the
 * agency's saved {@link ImportProfile} whose header names the file has, else the defaults), its header and
 * what each column is taken for, and its first lines parsed as the import would parse them, each with its
 * problem; nothing is stored. Also the agency's import profiles: listed, saved and deleted (audited).
 */
@ApplicationScoped
public class ImportPreviewService {

    /** The most lines a preview parses. */
    public static final int MOST_LINES = 200;

    private ImportProfiles profiles;
    private TradeImports imports;
    private HsNomenclature nomenclature;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected ImportPreviewService() {
    }

    @Inject
    public ImportPreviewService(ImportProfiles profiles, TradeImports imports, HsNomenclature nomenclature, AccessPolicy access,
            AuditRecorder audit) {
        this.profiles = profiles;
        this.imports = imports;
        this.nomenclature = nomenclature;
        this.access = access;
        this.audit = audit;
    }

    /**
     * A preview: the file's format, sheets and header, the column each header name is taken for, the profile
     * used (when one was named, or proposed because the file has its header names), and the first lines as
     * read, each line's values or its problem. {@code problem} is set, and {@code lines} empty, when the
     * file cannot be imported as it is (no header naming the required columns: {@code columns} then shows
     * the likeliest row, to map).
     */
    public record Preview(String format, String reading, List<String> sheets, String profile, CustomsFile.Layout layout,
            String headerAt, List<HeaderColumn> columns, List<String> unmapped, boolean aggregated, List<PreviewLine> lines,
            int good, int refused, String problem, boolean noDestination, Earlier importedBefore) {
    }

    /**
     * The agency's latest import of the same file (the same SHA-256): importing it again with another layout
     * stores rows without declaration numbers again, their keys being digests of what is read.
     */
    public record Earlier(java.util.UUID id, Instant startedAt, String startedBy, String status, long stored, long duplicates) {
    }

    /** A column of the file: its place (0-based), its header name, the column it is taken for (null: ignored). */
    public record HeaderColumn(int index, String name, String column) {
    }

    /**
     * A line as the import would read it: where it is, its values by column (dates as the import shows them,
     * countries as ISO codes), what the names hold besides a name (registry numbers, an agent), or why it
     * would be refused.
     */
    public record PreviewLine(long line, String where, Map<String, String> values, List<String> notes, String problem) {
    }

    /**
     * Previews the file.
     *
     * @param profileName a saved profile to read it with (null: the layout given, or a profile that fits, or the defaults)
     * @param lines       how many lines to parse (1 to {@value #MOST_LINES})
     */
    @Transactional
    public Preview preview(Path file, String profileName, CustomsFile.Layout given, int lines) {
        if (!access.canImportTrade()) {
            throw new AccessDeniedException("Only analysts, supervisors and administrators import trade records.");
        }
        String agency = access.caller().agency();
        int wanted = Math.max(1, Math.min(MOST_LINES, lines));
        List<String> sheets;
        try {
            sheets = XlsxRows.isXlsx(head(file)) ? XlsxRows.sheets(file) : List.of();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CustomsFile.Layout layout = given == null ? CustomsFile.Layout.DEFAULT : given;
        String profile = null;
        if (profileName != null && !profileName.isBlank()) {
            layout = layout(profileName, layout);
            profile = profileName.strip();
        } else if (layout.columns().isEmpty()) {
            Optional<ImportProfile> fitting = fitting(agency, headerNames(file, layout));
            if (fitting.isPresent()) {
                profile = fitting.get().name();
                layout = merged(fitting.get().layout(), layout);
            }
        }
        return read(file, layout, profile, sheets, wanted);
    }

    private Preview read(Path file, CustomsFile.Layout layout, String profile, List<String> sheets, int wanted) {
        String format = sheets.isEmpty() ? "CSV" : "XLSX";
        try (CustomsFile customs = TradeImportService.open(file, layout, nomenclature)) {
            TableRows.Row header = customs.header();
            List<HeaderColumn> columns = columns(header.fields(), layout);
            List<PreviewLine> parsed = new ArrayList<>();
            int good = 0;
            for (var read = customs.next(); read.isPresent() && parsed.size() < wanted; read = customs.next()) {
                if (read.get() instanceof CustomsFile.Line line) {
                    parsed.add(new PreviewLine(line.line(), null, values(line), notes(line), null));
                    good++;
                } else {
                    CustomsFile.Rejection r = (CustomsFile.Rejection) read.get();
                    parsed.add(new PreviewLine(r.line(), null, Map.of(), List.of(), r.reason()));
                }
            }
            boolean noDestination = good > 0 && parsed.stream().filter(l -> l.problem() == null)
                    .noneMatch(l -> l.values().containsKey(CustomsFile.Column.DESTINATION.header()));
            return new Preview(format, customs.rows().describe(), sheets, profile, layout, header.where(), columns,
                    unmapped(columns), customs.aggregated(), parsed, good, parsed.size() - good, null, noDestination,
                    earlier(file));
        } catch (CustomsFile.NoHeaderException e) {
            List<HeaderColumn> columns = e.likeliest() == null ? List.of() : columns(e.likeliest().fields(), layout);
            return new Preview(format, null, sheets, profile, layout, e.likeliest() == null ? null : e.likeliest().where(),
                    columns, unmapped(columns), false, List.of(), 0, 0, e.getMessage(), false, earlier(file));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The layout of the agency's saved profile of that name, with the currency and sheet given instead of
     * the profile's where they are given.
     *
     * @throws RecordNotFoundException when the agency has no profile of that name
     */
    @Transactional
    public CustomsFile.Layout layout(String profileName, CustomsFile.Layout given) {
        CustomsFile.Layout layout = given == null ? CustomsFile.Layout.DEFAULT : given;
        if (profileName == null || profileName.isBlank()) {
            return layout;
        }
        ImportProfile saved = profiles.find(access.caller().agency(), profileName.strip())
                .orElseThrow(() -> new RecordNotFoundException("import profile", profileName.strip()));
        return merged(saved.layout(), layout);
    }

    /** A saved layout with what is given instead where it is given. */
    private static CustomsFile.Layout merged(CustomsFile.Layout saved, CustomsFile.Layout given) {
        Map<CustomsFile.Column, String> columns = new java.util.EnumMap<>(CustomsFile.Column.class);
        columns.putAll(saved.columns());
        columns.putAll(given.columns());
        return new CustomsFile.Layout(columns, given.currency() != null ? given.currency() : saved.currency(),
                given.destination() != null ? given.destination() : saved.destination(),
                given.sheet() != null ? given.sheet() : saved.sheet());
    }

    /** The header names of the file as read with the layout (the likeliest row when no header is found), or none. */
    private List<String> headerNames(Path file, CustomsFile.Layout layout) {
        try (CustomsFile customs = TradeImportService.open(file, layout, nomenclature)) {
            return customs.header().fields();
        } catch (CustomsFile.NoHeaderException e) {
            return e.likeliest() == null ? List.of() : e.likeliest().fields();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The saved profile that reads a file with these header names: of those that fit, the one mapping most columns. */
    private Optional<ImportProfile> fitting(String agency, List<String> headerNames) {
        return profiles.of(agency).stream().filter(p -> p.fits(headerNames))
                .max(Comparator.comparingInt((ImportProfile p) -> p.layout().columns().size()));
    }

    private static List<HeaderColumn> columns(List<String> names, CustomsFile.Layout layout) {
        Map<CustomsFile.Column, Integer> found = CustomsFile.columnsOf(names, layout.columns());
        Map<Integer, CustomsFile.Column> at = new LinkedHashMap<>();
        found.forEach((column, index) -> at.put(index, column));
        List<HeaderColumn> columns = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            CustomsFile.Column column = at.get(i);
            columns.add(new HeaderColumn(i, names.get(i), column == null ? null : column.header()));
        }
        return columns;
    }

    /** The required columns no header name is taken for. */
    private static List<String> unmapped(List<HeaderColumn> columns) {
        return java.util.Arrays.stream(CustomsFile.Column.values()).filter(CustomsFile.Column::required)
                .map(CustomsFile.Column::header)
                .filter(c -> columns.stream().noneMatch(h -> c.equals(h.column()))).toList();
    }

    private static Map<String, String> values(CustomsFile.Line l) {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, CustomsFile.Column.DECLARATION, l.declaration());
        put(v, CustomsFile.Column.LINE, l.item() == null ? null : l.item().toString());
        put(v, CustomsFile.Column.DATE, l.datePrecision() == DatePrecision.MONTH
                ? l.date().toString().substring(0, 7) : l.date().toString());
        put(v, CustomsFile.Column.HS_CODE, l.hsCode().digits());
        put(v, CustomsFile.Column.DESCRIPTION, l.description());
        put(v, CustomsFile.Column.EXPORTER, l.exporter());
        put(v, CustomsFile.Column.CONSIGNEE, l.consignee());
        put(v, CustomsFile.Column.ORIGIN, l.origin());
        put(v, CustomsFile.Column.DISPATCH, l.dispatch());
        put(v, CustomsFile.Column.DESTINATION, l.destination());
        put(v, CustomsFile.Column.VALUE, l.value() == null ? null : l.value().toPlainString());
        put(v, CustomsFile.Column.CURRENCY, l.currency());
        put(v, CustomsFile.Column.QUANTITY, l.quantity() == null ? null : l.quantity().toPlainString());
        put(v, CustomsFile.Column.UNIT, l.unit());
        put(v, CustomsFile.Column.NET_WEIGHT, l.netWeightKg() == null ? null : l.netWeightKg().toPlainString());
        return v;
    }

    private static void put(Map<String, String> values, CustomsFile.Column column, String value) {
        if (value != null) {
            values.put(column.header(), value);
        }
    }

    /** What the names hold besides a name: a principal and its agent, registry numbers. */
    private static List<String> notes(CustomsFile.Line line) {
        List<String> notes = new ArrayList<>();
        note(notes, "exporter", line.exporter());
        if (!line.consignee().equals(line.exporter())) {
            note(notes, "consignee", line.consignee());
        }
        return notes;
    }

    private static void note(List<String> notes, String role, String written) {
        AgentConstruction.Split split = AgentConstruction.of(written);
        List<String> sides = split.hasAgent() ? List.of(split.principal(), split.agent()) : List.of(written);
        for (String side : sides) {
            RegistryNumbers.Found found = RegistryNumbers.in(side);
            String who = side.equals(split.agent()) ? role + "'s agent" : role;
            if (split.hasAgent() || !found.numbers().isEmpty()) {
                notes.add(who + ": " + TradeText.quote(found.name()) + (found.numbers().isEmpty() ? ""
                        : " (" + found.numbers().stream().map(n -> n.type() + " " + n.value()).collect(Collectors.joining(", "))
                        + ")"));
            }
        }
        if (split.hasAgent()) {
            notes.add(TradeText.quote(split.agent()) + " acts for " + TradeText.quote(split.principal()) + " (" + split.marker()
                    + "): two parties");
        }
    }

    /** The agency's latest import of this very file, if any. */
    private Earlier earlier(Path file) {
        String sha256;
        try (var in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(file),
                java.security.MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            sha256 = java.util.HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return imports.latestOf(access.caller().agency(), sha256).map(b -> new Earlier(b.id(), b.startedAt(), b.startedBy(),
                b.status().name(), b.stored(), b.duplicates())).orElse(null);
    }

    private static byte[] head(Path file) throws IOException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** The agency's import profiles, by name. */
    @Transactional
    public List<ImportProfile> profiles() {
        String agency = access.caller().agency();
        if (!access.canSeeImports(agency)) {
            throw new AccessDeniedException("Only the agency's analysts, supervisors, auditors and administrators see its import profiles.");
        }
        return profiles.of(agency);
    }

    /** Saves a profile under its name (replacing one of that name); audited with what it maps. */
    @Transactional
    public ImportProfile save(String name, CustomsFile.Layout layout) {
        if (!access.canImportTrade()) {
            throw new AccessDeniedException("Only analysts, supervisors and administrators save import profiles.");
        }
        ImportProfile profile;
        try {
            profile = new ImportProfile(name, layout == null ? CustomsFile.Layout.DEFAULT : layout, access.caller().username(),
                    Instant.now());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        Optional<ImportProfile> replaced = profiles.save(access.caller().agency(), profile);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("columns", profile.layout().columns().entrySet().stream()
                .map(e -> e.getKey().header() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        details.put("currency", profile.layout().currency() == null ? "" : profile.layout().currency());
        details.put("destination", profile.layout().destination() == null ? "" : profile.layout().destination());
        details.put("sheet", profile.layout().sheet() == null ? "" : profile.layout().sheet());
        details.put("replaced", replaced.isPresent());
        audit.event("IMPORT_PROFILE_SAVED", "import-profile", profile.name(), details);
        return profile;
    }

    /** Deletes a profile; audited. */
    @Transactional
    public void delete(String name) {
        if (!access.canImportTrade()) {
            throw new AccessDeniedException("Only analysts, supervisors and administrators delete import profiles.");
        }
        String stripped = name == null ? "" : name.strip();
        if (!profiles.delete(access.caller().agency(), stripped)) {
            throw new RecordNotFoundException("import profile", stripped);
        }
        audit.event("IMPORT_PROFILE_DELETED", "import-profile", stripped, Map.of());
    }
}
