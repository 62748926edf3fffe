package org.interdict.web.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.audit.AuditEventView;
import org.interdict.application.audit.AuditQuery;
import org.interdict.application.audit.AuditService;
import org.interdict.application.audit.ChainReport;
import org.interdict.application.security.Roles;
import org.interdict.web.api.PageRepresentation;

import java.time.LocalDate;
import java.util.List;

/** The audit trail: the auditor's search of their agency's events, and the integrity of the whole chain. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Verify the audit trail",
            description = "Recomputes the hash chain; names the first event that was changed, inserted or removed.")
    public ChainReport verify() {
        return audit.verify();
    }

    @GET
    @Path("/events")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Search the audit trail",
            description = "The events of the auditor's own agency (what its people did, and what anyone did to its cases, "
                    + "parties and evidence), newest first. Filters: actor (a username, or its beginning followed by *), "
                    + "action (one of /audit/actions), targetType and/or targetId (the record, e.g. case and a case "
                    + "reference), from and to (whole days in UTC, both included). The first page of a search is audited.")
    public PageRepresentation<AuditEventView> events(
            @Parameter(description = "Username, exactly, or its beginning followed by *") @QueryParam("actor") String actor,
            @Parameter(description = "A recorded action, e.g. CASE_OPENED") @QueryParam("action") String action,
            @Parameter(description = "Kind of record: case, party, evidence, designation …") @QueryParam("targetType") String targetType,
            @Parameter(description = "The record's reference or id") @QueryParam("targetId") String targetId,
            @Parameter(description = "First day, YYYY-MM-DD (UTC), included") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD (UTC), included") @QueryParam("to") LocalDate to,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(audit.search(new AuditQuery(actor, action, targetType, targetId, from, to, offset, limit)));
    }

    @GET
    @Path("/actions")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Recorded actions",
            description = "The actions recorded in the auditor's agency's part of the trail, alphabetically: the values of "
                    + "the action filter.")
    public List<String> actions() {
        return audit.actions();
    }
}
