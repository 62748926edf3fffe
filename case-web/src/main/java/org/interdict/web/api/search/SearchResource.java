package org.interdict.web.api.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.search.RecordSearch;
import org.interdict.application.search.SearchService;
import org.interdict.application.security.Roles;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** One box that searches parties, cases and designations at once, within what the caller may see. */
@Path("/search")
@RequestScoped
@Tag(name = "Search")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class SearchResource {

    static final String QUERY_SYNTAX = "Words (all must match; names also match across scripts, legal forms and a "
            + "typo), \"quoted phrases\", -excluded words or phrases, and filters: type:party|case|designation, "
            + "country:CN, status:PROPOSED, agency:ECA, kind:COMPANY, measure:EXPORT_BAN, id:INN:7701234567, "
            + "ref:ECA-2026-0001, role:EXPORTER, and for the owning agency tag:, assignee:, priority:. "
            + "Anything else is searched as text.";

    @Inject
    SearchService search;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search everything", description = "One page of hits with the exact total, why each hit "
            + "matched and highlighted snippets; the first page also carries facets (record type, country, case status, "
            + "agency, month). Follow 'cursor' for the next page: pages follow one point in time, so none is skipped "
            + "or repeated while records change.")
    public RecordSearch.Page search(
            @Parameter(description = QUERY_SYNTAX) @QueryParam("q") String q,
            @Parameter(description = "Records changed (designations: published) on or after this day") @QueryParam("from") LocalDate from,
            @Parameter(description = "… and on or before this day") @QueryParam("to") LocalDate to,
            @Parameter(description = "relevance (default), newest, oldest, name") @QueryParam("sort") String sort,
            @Parameter(description = "Hits per page, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "The 'cursor' of the previous page") @QueryParam("cursor") String cursor) {
        return search.search(q, from, to, sort, size, cursor);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export every hit as CSV", description = "The whole result set of the same query, streamed "
            + "row by row in the requested order.")
    public Response export(@QueryParam("q") String q, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("sort") String sort) {
        // Checked before the response starts, so that a refusal is a problem, not a broken stream.
        SearchService.Export export = search.export(q, from, to, sort);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            search.exportCsv(export, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"interdict-search.csv\"").build();
    }
}
