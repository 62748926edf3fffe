package org.interdict.web.api.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.audit.AuditService;
import org.interdict.application.casefile.CaseListQuery;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseTaskService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.casefile.NoteView;
import org.interdict.application.casefile.ProposalView;
import org.interdict.application.casefile.TaskView;
import org.interdict.application.designation.DesignationView;
import org.interdict.application.report.CaseReportService;
import org.interdict.application.security.Roles;
import org.interdict.web.api.PageRepresentation;
import org.interdict.web.api.ReleaseRequest;
import org.interdict.web.api.Requests;
import org.interdict.web.api.Versions;
import org.interdict.application.audit.AuditEventView;
import org.interdict.web.api.cases.CaseRequests.AssignmentRequest;
import org.interdict.web.api.cases.CaseRequests.CaseRequest;
import org.interdict.web.api.cases.CaseRequests.ClosureRequest;
import org.interdict.web.api.cases.CaseRequests.DecisionRequest;
import org.interdict.web.api.cases.CaseRequests.NoteRequest;
import org.interdict.web.api.cases.CaseRequests.ProposalRequest;
import org.interdict.web.api.cases.CaseRequests.PublicationRequest;
import org.interdict.web.api.cases.CaseRequests.TaskRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Cases and their workflow. Every answer that shows a case carries its version as {@code ETag};
 * every change accepts {@code If-Match} and refuses an outdated one with 409.
 */
@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    CaseTaskService tasks;

    @Inject
    AuditService audit;

    @Inject
    CaseReportService reports;

    @Inject
    Requests requests;

    @POST
    @Operation(summary = "Open a case", description = "Opens a case in the caller's agency, optionally with subjects.")
    public Response open(CaseRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        CaseView view = cases.open(requests.valid(request).toInput());
        return Response.created(uri.getAbsolutePathBuilder().path(view.reference()).build())
                .tag(Versions.tag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "List cases", description = "Filters: status (repeatable), assignee, agency, subject, "
            + "dueBefore; sort: reference, -reference, dueDate, -updatedAt (default), -priority.")
    public PageRepresentation<CaseView> list(@QueryParam("status") List<String> statuses,
            @QueryParam("assignee") String assignee, @QueryParam("agency") String agency,
            @QueryParam("subject") UUID subject, @QueryParam("dueBefore") LocalDate dueBefore,
            @QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("priority") List<String> priorities, @QueryParam("tag") String tag) {
        return PageRepresentation.of(cases.list(new CaseListQuery(statuses, assignee, agency, subject, dueBefore, sort,
                offset, limit, priorities, tag)));
    }

    @GET
    @Path("/queue")
    @Operation(summary = "My queue", description = "Open cases assigned to the caller, most urgent first.")
    public PageRepresentation<CaseView> queue(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(cases.myQueue(offset, limit));
    }

    @GET
    @Path("/awaiting-decision")
    @Operation(summary = "Awaiting my decision", description = "Proposals of the supervisor's agency they may decide.")
    public PageRepresentation<CaseView> awaitingDecision(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(cases.awaitingDecision(offset, limit));
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "Read a case")
    public Response get(@PathParam("reference") String reference) {
        CaseView view = cases.get(reference);
        return Versions.ok(view, view.version()).build();
    }

    @PUT
    @Path("/{reference}")
    @Operation(summary = "Edit a case", description = "Title, summary, priority, due date, tags and assignee.")
    public Response edit(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CaseRequest request) {
        return answer(cases.edit(reference, Versions.expected(ifMatch), requests.valid(request).toInput()));
    }

    @PUT
    @Path("/{reference}/assignee")
    @Operation(summary = "Assign a case")
    public Response assign(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AssignmentRequest request) {
        return answer(cases.assign(reference, Versions.expected(ifMatch), requests.valid(request).assignee()));
    }

    @GET
    @Path("/{reference}/notes")
    @Operation(summary = "Notes of a case", description = "Oldest first.")
    public List<NoteView> notes(@PathParam("reference") String reference) {
        return cases.notes(reference);
    }

    @POST
    @Path("/{reference}/notes")
    @Operation(summary = "Write a note on a case")
    public Response addNote(@PathParam("reference") String reference, NoteRequest request) {
        return Response.status(Response.Status.CREATED).entity(cases.addNote(reference, requests.valid(request).text())).build();
    }

    @GET
    @Path("/{reference}/tasks")
    @Operation(summary = "Tasks of a case", description = "Oldest first, done ones too; each with its overdue flag and "
            + "its version as an ETag would carry it. The owning agency's analysts, supervisors and auditors only.")
    public List<TaskView> tasks(@PathParam("reference") String reference) {
        return tasks.tasks(reference);
    }

    @POST
    @Path("/{reference}/tasks")
    @Operation(summary = "Add a task to a case", description = "Title, optionally an assignee (an analyst or supervisor "
            + "of the case's agency) and a due date. Refused (409) on a closed case.")
    public Response addTask(@PathParam("reference") String reference, TaskRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        TaskView task = tasks.add(reference, requests.valid(request).toInput());
        return Response.created(uri.getAbsolutePathBuilder().path(task.id().toString()).build())
                .tag(Versions.tag(task.version())).entity(task).build();
    }

    @GET
    @Path("/{reference}/tasks/{taskId}")
    @Operation(summary = "Read a task", description = "With its version as ETag, for an edit's If-Match.")
    public Response task(@PathParam("reference") String reference, @PathParam("taskId") UUID taskId) {
        TaskView task = tasks.task(reference, taskId);
        return Versions.ok(task, task.version()).build();
    }

    @PUT
    @Path("/{reference}/tasks/{taskId}")
    @Operation(summary = "Edit a task", description = "Replaces title, assignee and due date; needs the task's ETag "
            + "as If-Match (428 without, 409 when outdated).")
    public Response editTask(@PathParam("reference") String reference, @PathParam("taskId") UUID taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TaskRequest request) {
        TaskView task = tasks.edit(reference, taskId, Versions.expected(ifMatch), requests.valid(request).toInput());
        return Versions.ok(task, task.version()).build();
    }

    @POST
    @Path("/{reference}/tasks/{taskId}/completion")
    @Operation(summary = "Complete a task", description = "Idempotent: a done task stays done by whoever completed it "
            + "first, and answers as it is. No If-Match needed.")
    public Response completeTask(@PathParam("reference") String reference, @PathParam("taskId") UUID taskId) {
        TaskView task = tasks.complete(reference, taskId);
        return Versions.ok(task, task.version()).build();
    }

    @DELETE
    @Path("/{reference}/tasks/{taskId}/completion")
    @Operation(summary = "Reopen a task", description = "Idempotent: an open task stays as it is. No If-Match needed.")
    public Response reopenTask(@PathParam("reference") String reference, @PathParam("taskId") UUID taskId) {
        TaskView task = tasks.reopen(reference, taskId);
        return Versions.ok(task, task.version()).build();
    }

    @PUT
    @Path("/{reference}/subjects/{partyId}")
    @Operation(summary = "Link a party as a subject")
    public Response addSubject(@PathParam("reference") String reference, @PathParam("partyId") UUID partyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(cases.addSubject(reference, Versions.expected(ifMatch), partyId));
    }

    @DELETE
    @Path("/{reference}/subjects/{partyId}")
    @Operation(summary = "Unlink a subject")
    public Response removeSubject(@PathParam("reference") String reference, @PathParam("partyId") UUID partyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(cases.removeSubject(reference, Versions.expected(ifMatch), partyId));
    }

    @PUT
    @Path("/{reference}/releasability")
    @Operation(summary = "Share or withdraw a case", description = "Supervisors of the owning agency: SHARED with "
            + "named partner agencies (they then see the case and its subjects, never its notes or proposals), or INTERNAL.")
    public Response release(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReleaseRequest request) {
        ReleaseRequest valid = requests.valid(request);
        return answer(cases.release(reference, Versions.expected(ifMatch), valid.releasability(), valid.agencies()));
    }

    @POST
    @Path("/{reference}/investigation")
    @Operation(summary = "Start investigating", description = "OPEN → INVESTIGATING.")
    public Response startInvestigation(@PathParam("reference") String reference,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(cases.startInvestigation(reference, Versions.expected(ifMatch)));
    }

    @POST
    @Path("/{reference}/resumption")
    @Operation(summary = "Resume investigating a returned case", description = "RETURNED → INVESTIGATING.")
    public Response resume(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(cases.resumeInvestigation(reference, Versions.expected(ifMatch)));
    }

    @POST
    @Path("/{reference}/proposal")
    @Operation(summary = "Propose a designation", description = "INVESTIGATING → PROPOSED; names at least one subject and "
            + "relies on at least one piece of evidence of the case: ids of its files and linked trade records, in "
            + "\"evidence\" or cited by \"reasons\" ([{\"text\": …, \"evidence\": [ids]}]). Without a statementOfReasons "
            + "the reasons become the numbered statement. 422 names an id that is no evidence of the case.")
    public Response propose(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ProposalRequest request) {
        return answer(cases.propose(reference, Versions.expected(ifMatch), requests.valid(request).toInput()));
    }

    @GET
    @Path("/{reference}/proposals")
    @Operation(summary = "Proposals of a case and their decisions")
    public List<ProposalView> proposals(@PathParam("reference") String reference) {
        return cases.proposals(reference);
    }

    @POST
    @Path("/{reference}/decision")
    @Operation(summary = "Decide the pending proposal", description = "Supervisors only, never their own proposal; "
            + "APPROVED, RETURNED or REJECTED with a written rationale.")
    public Response decide(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            DecisionRequest request) {
        DecisionRequest valid = requests.valid(request);
        return answer(cases.decide(reference, Versions.expected(ifMatch), valid.outcome(), valid.rationale()));
    }

    @POST
    @Path("/{reference}/publication")
    @Operation(summary = "Publish the approved designation", description = "APPROVED → DESIGNATED; one designation per subject.")
    public Response publish(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PublicationRequest request) {
        List<DesignationView> published = cases.publish(reference, Versions.expected(ifMatch),
                request == null ? null : request.effectiveDate());
        return Response.status(Response.Status.CREATED).entity(published).build();
    }

    @POST
    @Path("/{reference}/closure")
    @Operation(summary = "Close a case", description = "After a rejection (CLOSED), or without action before any approval.")
    public Response close(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ClosureRequest request) {
        ClosureRequest valid = requests.valid(request == null ? new ClosureRequest(null) : request);
        return answer(cases.close(reference, Versions.expected(ifMatch), valid.rationale()));
    }

    @GET
    @Path("/{reference}/audit")
    @Operation(summary = "Audit trail of a case", description = "Every change, step and read of the case, oldest first.")
    public List<AuditEventView> auditTrail(@PathParam("reference") String reference) {
        return audit.ofCase(reference);
    }

    @GET
    @Path("/{reference}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Case report (PDF)", description = "The case in one PDF with embedded fonts: summary, subjects "
            + "with their aliases in every script and identifiers, the pending or last proposal with its statement of reasons, "
            + "decisions, the evidence list and an excerpt of the audit trail; the most restrictive handling marking of the "
            + "evidence listed (OFFICIAL when none) heads every page. A partner agency the case is shared with gets what it "
            + "may see of the case, without the owning agency's internals, and only evidence released to it; anyone else "
            + "404. Each report is an audit event on the case (REPORT_EXPORTED). 503 when the report font is missing.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment named <reference>-report.pdf",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No case the caller may see has this reference")
    @APIResponse(responseCode = "503", description = "Reports cannot be made now (the report font is missing)")
    public Response report(@PathParam("reference") String reference) {
        CaseReportService.Download download = reports.report(reference);
        StreamingOutput body = download::writeTo;
        return Response.ok(body, download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static Response answer(CaseView view) {
        return Versions.ok(view, view.version()).build();
    }
}
