package org.interdict.web.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.InvalidInputException;
import org.interdict.application.jobs.TradeImportJobs;
import org.interdict.application.security.Roles;
import org.interdict.application.trade.CustomsFile;
import org.interdict.application.trade.ImportPreviewService;
import org.interdict.application.trade.ImportProfile;
import org.interdict.application.trade.TradeImportService;
import org.interdict.application.trade.TradeRecordService;
import org.interdict.application.trade.TradeText;
import org.interdict.web.api.ReleaseRequest;
import org.interdict.web.api.Requests;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Importing customs files (CSV, Excel workbooks), previewing an import before it starts, the agency's
 * import profiles, and following the imports.
 */
@Path("/imports")
@RequestScoped
@Tag(name = "Trade records")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class ImportResource {

    static final String COLUMNS = "declaration_number, line, date, hs_code, goods_description, exporter, consignee, "
            + "origin_country, dispatch_country, destination_country, value, currency, quantity, unit, net_weight_kg";

    @Inject
    TradeImportService imports;

    @Inject
    TradeImportJobs jobs;

    @Inject
    TradeRecordService records;

    @Inject
    ImportPreviewService previews;

    @Inject
    Requests requests;

    @Context
    UriInfo uri;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a customs file: CSV or an Excel workbook (.xlsx)", description = "The body is the file: "
            + "CSV (UTF-8 with or without BOM, or Windows-1251; comma, semicolon, tab or bar) or an .xlsx workbook (every "
            + "sheet, or the one named). Each sheet's header may follow a preamble of up to 30 rows. Default columns: "
            + COLUMNS + " (English and Russian synonyms are known too; other columns are ignored). A file without a "
            + "declaration column is a monthly aggregated export: its rows are totals. Answers 202 with the import; follow its "
            + "Location for progress. Records already held are counted as duplicates, never stored twice.")
    public Response start(InputStream body,
            @Parameter(description = "The file's name, for the record") @QueryParam("name") String name,
            @Parameter(description = "Columns under other names: column=header pairs, e.g. hs_code=Code,exporter=Shipper")
            @QueryParam("mapping") String mapping,
            @Parameter(description = "The currency of values the file gives no currency for (ISO 4217, e.g. RUB)")
            @QueryParam("currency") String currency,
            @Parameter(description = "The one sheet of a workbook to read (default: every sheet)") @QueryParam("sheet") String sheet,
            @Parameter(description = "The country of destination of records the file names none for (e.g. RU: an extract of "
                    + "Russia's imports)") @QueryParam("destination") String destination,
            @Parameter(description = "A saved import profile to read the file with (mapping, currency, destination and sheet "
                    + "given here take precedence)") @QueryParam("profile") String profile) {
        CustomsFile.Layout layout = previews.layout(profile, layout(mapping, currency, destination, sheet));
        TradeImportService.Progress started = jobs.start(name, body, layout);
        return Response.accepted(started)
                .location(uri.getBaseUriBuilder().path("imports/{id}").build(started.batch().id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your agency's recent imports", description = "Newest first, with their counts.")
    public List<TradeImportService.Progress> list() {
        return imports.recent();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import's progress", description = "Status, lines read, stored, refused and already held, "
            + "lines per second.")
    public TradeImportService.Progress get(@PathParam("id") UUID id) {
        return imports.progress(id);
    }

    @GET
    @Path("/{id}/rejections.csv")
    @Produces("text/csv")
    @Operation(summary = "The refused lines of an import", description = "CSV: line number and reason, one per refused line.")
    public Response rejections(@PathParam("id") UUID id) {
        imports.visible(id);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            imports.rejectionsCsv(id, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejections.csv\"").build();
    }

    @PUT
    @Path("/{id}/releasability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share or withdraw every record of an import", description = "Supervisors of the importing agency: "
            + "SHARED with named partner agencies, or INTERNAL, for each record the import stored; one audit event.")
    public TradeRecordService.BatchRelease release(@PathParam("id") UUID id, ReleaseRequest request) {
        ReleaseRequest valid = requests.valid(request);
        return records.releaseBatch(id, valid.releasability(), valid.agencies());
    }

    @POST
    @Path("/preview")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What importing a file would do, before it is started", description = "Nothing is stored. The "
            + "file is read with the profile named, or the mapping, currency and sheet given, or else the agency's saved "
            + "profile whose header names the file has (named in the answer), or the defaults. Answers the format, sheets, "
            + "the header found and what each of its columns is taken for, the required columns nothing is taken for, "
            + "whether the rows are monthly totals, and the first lines parsed as the import would parse them, each with "
            + "its values and notes (registry numbers and agents found in names) or the reason it would be refused. "
            + "When no header naming the required columns is found, 'problem' says why and 'columns' shows the likeliest "
            + "row, to map.")
    public ImportPreviewService.Preview preview(InputStream body,
            @Parameter(description = "Columns under other names: column=header pairs") @QueryParam("mapping") String mapping,
            @Parameter(description = "The currency of values the file gives no currency for") @QueryParam("currency") String currency,
            @Parameter(description = "The one sheet of a workbook to read") @QueryParam("sheet") String sheet,
            @Parameter(description = "The country of destination of records the file names none for") @QueryParam("destination")
            String destination,
            @Parameter(description = "A saved import profile to read the file with") @QueryParam("profile") String profile,
            @Parameter(description = "How many lines to parse (1 to 200, default 20)") @QueryParam("lines") Integer lines) {
        return jobs.preview(body, profile, layout(mapping, currency, destination, sheet), lines == null ? 20 : lines);
    }

    /** A saved import profile as the API shows it: columns by their default names. */
    public record ProfileView(String name, Map<String, String> columns, String currency, String destination, String sheet,
            String savedBy, java.time.Instant savedAt) {

        static ProfileView of(ImportProfile p) {
            Map<String, String> columns = new java.util.LinkedHashMap<>();
            p.layout().columns().forEach((c, h) -> columns.put(c.header(), h));
            return new ProfileView(p.name(), columns, p.layout().currency(), p.layout().destination(), p.layout().sheet(),
                    p.savedBy(), p.savedAt());
        }
    }

    /** A profile to save: header names of the columns by their default names ({@code hs_code}: {@code "Код ТН ВЭД"}), currency, sheet. */
    public record ProfileRequest(Map<String, String> columns, String currency, String destination, String sheet) {
    }

    @GET
    @Path("/profiles")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your agency's import profiles", description = "By name: how each vendor's files are read.")
    public List<ProfileView> profiles() {
        return previews.profiles().stream().map(ProfileView::of).toList();
    }

    @PUT
    @Path("/profiles/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save an import profile", description = "Analysts, supervisors and administrators; replaces a "
            + "profile of that name; audited. Columns by their default names: " + COLUMNS + ".")
    public ProfileView saveProfile(@PathParam("name") String name, ProfileRequest request) {
        if (request == null) {
            throw new InvalidInputException("The profile is a JSON object: {\"columns\": {\"hs_code\": \"Code\"}, "
                    + "\"currency\": \"RUB\", \"sheet\": null}.");
        }
        Map<CustomsFile.Column, String> columns = new EnumMap<>(CustomsFile.Column.class);
        if (request.columns() != null) {
            request.columns().forEach((column, header) -> {
                if (header == null || header.isBlank()) {
                    throw new InvalidInputException("The column " + TradeText.quote(column) + " needs the header name it has in "
                            + "the files, e.g. \"Код ТН ВЭД\".");
                }
                columns.put(column(column), header.strip());
            });
        }
        return ProfileView.of(previews.save(name, layoutOf(columns, request.currency(), request.destination(), request.sheet())));
    }

    @jakarta.ws.rs.DELETE
    @Path("/profiles/{name}")
    @Operation(summary = "Delete an import profile", description = "Analysts, supervisors and administrators; audited.")
    public Response deleteProfile(@PathParam("name") String name) {
        previews.delete(name);
        return Response.noContent().build();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The layout the query parameters describe; a bad one is refused with what is wrong. */
    static CustomsFile.Layout layout(String mapping, String currency, String destination, String sheet) {
        return layoutOf(mapping(mapping), currency, destination, sheet);
    }

    private static CustomsFile.Layout layoutOf(Map<CustomsFile.Column, String> columns, String currency, String destination,
            String sheet) {
        try {
            return new CustomsFile.Layout(columns, currency, destination, sheet);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** A column by its default name. */
    private static CustomsFile.Column column(String name) {
        String wanted = name == null ? "" : name.strip();
        return Arrays.stream(CustomsFile.Column.values()).filter(c -> c.header().equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new InvalidInputException("mapping names no column " + TradeText.quote(wanted)
                        + "; the columns are " + Arrays.stream(CustomsFile.Column.values()).map(CustomsFile.Column::header)
                        .collect(Collectors.joining(", "))));
    }

    static Map<CustomsFile.Column, String> mapping(String text) {
        Map<CustomsFile.Column, String> columns = new EnumMap<>(CustomsFile.Column.class);
        if (text == null || text.isBlank()) {
            return columns;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            String column = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
            CustomsFile.Column found = column(column);
            if (eq < 0 || pair.substring(eq + 1).isBlank()) {
                throw new InvalidInputException("mapping pairs are column=header, e.g. hs_code=Code; " + TradeText.quote(pair.strip())
                        + " is not one");
            }
            columns.put(found, pair.substring(eq + 1).strip());
        }
        return columns;
    }
}
