package org.interdict.web.api.admin;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.jobs.BackgroundJobRecords;
import org.interdict.application.jobs.BackgroundJobs;
import org.interdict.application.security.Roles;
import org.interdict.web.api.PageRepresentation;

/** The background jobs of every node, for operators. */
@Path("/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class JobResource {

    @Inject
    BackgroundJobs jobs;

    @GET
    @Operation(summary = "Background jobs", description = "Imports, search rebuilds, and each node's outbox drain and "
            + "saved-search alerts, the most recently active first: kind, state, node, who started it and when, the last "
            + "heartbeat, progress (done of total, when known), and for periodic work its last run (when, how long, how "
            + "many items) and last error. A job whose node stopped sending heartbeats is ABANDONED. Administrators see "
            + "every job, auditors the system's and their agency's.")
    public PageRepresentation<BackgroundJobRecords.Job> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(jobs.list(offset, limit));
    }
}
