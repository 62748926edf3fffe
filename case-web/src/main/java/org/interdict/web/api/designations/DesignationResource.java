package org.interdict.web.api.designations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.designation.DesignationQuery;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.designation.DesignationView;
import org.interdict.application.security.Roles;
import org.interdict.web.api.PageRepresentation;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/** Published designations, and their exports for partners' systems. */
@Path("/designations")
@RequestScoped
@Tag(name = "Designations")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class DesignationResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String TEXT = "A fragment of the primary name or of an alias, any case";
    private static final String MEASURE = "ENTITY_LISTING, ASSET_FREEZE, EXPORT_BAN or TRAVEL_BAN";
    private static final String COUNTRY = "The designated party's country, ISO 3166 alpha-2 (e.g. RU)";
    private static final String AGENCY = "The publishing agency's code (e.g. ECA)";
    private static final String FROM = "Effective on or after this day (YYYY-MM-DD)";
    private static final String TO = "Effective on or before this day (YYYY-MM-DD)";

    @Inject
    DesignationService designations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List published designations",
            description = "Newest publication first unless sorted otherwise; every filter is optional and they combine.")
    @APIResponse(responseCode = "200", description = "One page of the designations the filters select, with their total")
    @APIResponse(responseCode = "400", description = "A date is not written YYYY-MM-DD (problem+json)")
    @APIResponse(responseCode = "422", description = "A filter, the order or the page window is not valid (problem+json)")
    public PageRepresentation<DesignationView> list(
            @Parameter(description = TEXT) @QueryParam("text") String text,
            @Parameter(description = MEASURE) @QueryParam("measure") String measure,
            @Parameter(description = COUNTRY) @QueryParam("country") String country,
            @Parameter(description = AGENCY) @QueryParam("agency") String agency,
            @Parameter(description = FROM) @QueryParam("effectiveFrom") LocalDate effectiveFrom,
            @Parameter(description = TO) @QueryParam("effectiveTo") LocalDate effectiveTo,
            @Parameter(description = "published (newest publication first, the default), effective (newest effective date first) or name")
            @QueryParam("sort") String sort,
            @Parameter(description = "Items to skip, 0 or more") @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(description = "Items on the page, 1–500") @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(designations.list(
                new DesignationQuery(text, measure, country, agency, effectiveFrom, effectiveTo, sort), offset, limit));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a published designation")
    public DesignationView get(@PathParam("id") UUID id) {
        return designations.get(id);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export as CSV",
            description = "Every published designation (or those the same filters as the list select), one row per designated party.")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment named interdict-designations.csv")
    @APIResponse(responseCode = "400", description = "A date is not written YYYY-MM-DD (problem+json)")
    @APIResponse(responseCode = "422", description = "A filter is not valid (problem+json)")
    public Response exportCsv(@Parameter(description = TEXT) @QueryParam("text") String text,
            @Parameter(description = MEASURE) @QueryParam("measure") String measure,
            @Parameter(description = COUNTRY) @QueryParam("country") String country,
            @Parameter(description = AGENCY) @QueryParam("agency") String agency,
            @Parameter(description = FROM) @QueryParam("effectiveFrom") LocalDate effectiveFrom,
            @Parameter(description = TO) @QueryParam("effectiveTo") LocalDate effectiveTo) {
        DesignationQuery query = new DesignationQuery(text, measure, country, agency, effectiveFrom, effectiveTo, null);
        designations.checkExport(query);
        return stream(out -> designations.exportCsv(query, out), "text/csv; charset=UTF-8", "interdict-designations.csv");
    }

    @GET
    @Path("/export.ftm.json")
    @Produces(NDJSON)
    @Operation(summary = "Export as FollowTheMoney JSON lines",
            description = "For each designation (or each the same filters as the list select) the party entity and a "
                    + "Sanction entity, one JSON object per line.")
    @APIResponse(responseCode = "200", description = "The JSON lines, as an attachment named interdict-designations.ftm.json")
    @APIResponse(responseCode = "400", description = "A date is not written YYYY-MM-DD (problem+json)")
    @APIResponse(responseCode = "422", description = "A filter is not valid (problem+json)")
    public Response exportFollowTheMoney(@Parameter(description = TEXT) @QueryParam("text") String text,
            @Parameter(description = MEASURE) @QueryParam("measure") String measure,
            @Parameter(description = COUNTRY) @QueryParam("country") String country,
            @Parameter(description = AGENCY) @QueryParam("agency") String agency,
            @Parameter(description = FROM) @QueryParam("effectiveFrom") LocalDate effectiveFrom,
            @Parameter(description = TO) @QueryParam("effectiveTo") LocalDate effectiveTo) {
        DesignationQuery query = new DesignationQuery(text, measure, country, agency, effectiveFrom, effectiveTo, null);
        designations.checkExport(query);
        return stream(out -> designations.exportFollowTheMoney(query, out), NDJSON + "; charset=UTF-8",
                "interdict-designations.ftm.json");
    }

    private static Response stream(Consumer<java.io.Writer> export, String type, String filename) {
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            export.accept(writer);
            writer.flush();
        };
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
