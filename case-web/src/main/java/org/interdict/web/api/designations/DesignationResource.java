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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.designation.DesignationView;
import org.interdict.application.security.Roles;
import org.interdict.web.api.PageRepresentation;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

/** Published designations, and their exports for partners' systems. */
@Path("/designations")
@RequestScoped
@Tag(name = "Designations")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class DesignationResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    DesignationService designations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List published designations", description = "Newest first.")
    public PageRepresentation<DesignationView> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(designations.list(offset, limit));
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
    @Operation(summary = "Export as CSV", description = "Every published designation, one row per designated party.")
    public Response exportCsv() {
        return stream(designations::exportCsv, "text/csv; charset=UTF-8", "interdict-designations.csv");
    }

    @GET
    @Path("/export.ftm.json")
    @Produces(NDJSON)
    @Operation(summary = "Export as FollowTheMoney JSON lines",
            description = "For each designation the party entity and a Sanction entity, one JSON object per line.")
    public Response exportFollowTheMoney() {
        return stream(designations::exportFollowTheMoney, NDJSON + "; charset=UTF-8", "interdict-designations.ftm.json");
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
