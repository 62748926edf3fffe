package org.interdict.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.jobs.SearchRebuildJobs;
import org.interdict.application.search.SearchOperations;
import org.interdict.application.security.Roles;

import java.util.List;
import java.util.Map;

/** Operating the search projection: rebuilding it from the database, and the outbox's parked entries. */
@Path("/admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class SearchAdminResource {

    @Inject
    SearchOperations operations;

    @Inject
    SearchRebuildJobs rebuilds;

    @Context
    UriInfo uri;

    @POST
    @Path("/rebuilds")
    @Operation(summary = "Rebuild the search indices from the database", description = "Fills new indices in the "
            + "background while search keeps answering from the current ones, then moves the aliases to them. "
            + "Answers 202 with the rebuild; follow its Location for progress (records done, rate, ETA). "
            + "409 while another rebuild runs.")
    public Response rebuild() {
        SearchOperations.Progress started = rebuilds.start();
        return Response.accepted(started)
                .location(uri.getBaseUriBuilder().path("admin/search/rebuilds/{id}").build(started.id())).build();
    }

    @GET
    @Path("/rebuilds")
    @Operation(summary = "Recent rebuilds", description = "Newest first, with their progress or outcome.")
    public List<SearchOperations.Progress> rebuilds() {
        return operations.recent();
    }

    @GET
    @Path("/rebuilds/{id}")
    @Operation(summary = "A rebuild's progress", description = "Records done of the total, rate per second, seconds to go.")
    public SearchOperations.Progress rebuild(@PathParam("id") long id) {
        return operations.progress(id);
    }

    @GET
    @Path("/outbox")
    @Operation(summary = "The search outbox", description = "Changes waiting to reach the index, the age of the oldest, "
            + "and the entries parked after repeated refusals, with their errors.")
    public SearchOperations.OutboxState outbox() {
        return operations.outbox();
    }

    @POST
    @Path("/outbox/retry")
    @Operation(summary = "Retry the parked outbox entries", description = "Makes every parked entry due again.")
    public Map<String, Integer> retry() {
        return Map.of("retried", operations.retryParked());
    }
}
