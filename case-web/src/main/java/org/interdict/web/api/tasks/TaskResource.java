package org.interdict.web.api.tasks;

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
import org.interdict.application.casefile.CaseTaskService;
import org.interdict.application.casefile.TaskView;
import org.interdict.application.security.Roles;
import org.interdict.web.api.PageRepresentation;

/** Tasks across cases: the caller's own queue. A case's tasks are under {@code /cases/{reference}/tasks}. */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class TaskResource {

    @Inject
    CaseTaskService tasks;

    @GET
    @Path("/mine")
    @Operation(summary = "My tasks", description = "Open tasks assigned to the caller on their agency's cases that are "
            + "not closed: overdue first, then by due date, undated last; each with its case's reference and title. "
            + "Empty for callers who read no agency's cases (partners, administrators).")
    public PageRepresentation<TaskView> mine(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(tasks.mine(offset, limit));
    }
}
