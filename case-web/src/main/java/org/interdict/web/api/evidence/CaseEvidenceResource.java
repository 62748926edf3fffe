package org.interdict.web.api.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.evidence.Attached;
import org.interdict.application.evidence.EvidenceInput;
import org.interdict.application.evidence.EvidenceItem;
import org.interdict.application.evidence.EvidenceService;
import org.interdict.application.evidence.EvidenceUploads;
import org.interdict.application.evidence.EvidenceView;
import org.interdict.application.evidence.TradeEvidenceService;
import org.interdict.application.security.Roles;
import org.interdict.web.api.Versions;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The evidence of a case: attaching a file and listing the items. Attaching needs no {@code If-Match}:
 * it adds an item beside the case (like a note) and changes none of the case's own fields or its
 * version; a duplicate is recognised by its content, not by a version.
 */
@Path("/cases/{reference}/evidence")
@RequestScoped
@Tag(name = "Evidence")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class CaseEvidenceResource {

    @Inject
    EvidenceUploads uploads;

    @Inject
    EvidenceService evidence;

    @Inject
    TradeEvidenceService tradeEvidence;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file to a case as evidence", description = "Analysts and supervisors of the case's agency, "
            + "case not closed. The body is the file itself, streamed (any Content-Type: it is not trusted; the media type is "
            + "told from the content). Too large (interdict.evidence.max-bytes, 200 MB by default): 413. A type not accepted "
            + "(interdict.evidence.allowed-types: PDF, Office and OpenDocument files, images, e-mail, text, CSV, HTML): 415. "
            + "Answers 201 with the item; when the case already holds the same content (same SHA-256), 200 with that item "
            + "and duplicate=true, storing nothing twice. Sharing at upload (releasability=SHARED&agencies=…) is for supervisors.")
    public Response upload(@PathParam("reference") String reference, InputStream body,
            @Parameter(description = "The file's name (sanitised; the path is dropped)") @QueryParam("name") String name,
            @QueryParam("description") String description,
            @Parameter(description = "Where the file comes from, e.g. a customs authority or an open source") @QueryParam("source") String source,
            @Parameter(description = "Provenance: who obtained it") @QueryParam("obtainedBy") String obtainedBy,
            @Parameter(description = "Provenance: from where") @QueryParam("obtainedFrom") String obtainedFrom,
            @Parameter(description = "Provenance: when (YYYY-MM-DD)") @QueryParam("obtainedOn") LocalDate obtainedOn,
            @Parameter(description = "Handling marking, e.g. OFFICIAL-SENSITIVE") @QueryParam("handlingMarking") String handlingMarking,
            @Parameter(description = "INTERNAL (default) or SHARED") @QueryParam("releasability") String releasability,
            @Parameter(description = "Partner agencies to share with (repeatable)") @QueryParam("agencies") List<String> agencies) {
        EvidenceInput input = new EvidenceInput(name, description, source, obtainedBy, obtainedFrom,
                obtainedOn, handlingMarking);
        Attached attached = uploads.upload(reference, input, releasability, agencies, body);
        EvidenceView view = attached.evidence();
        Response.ResponseBuilder answer = attached.duplicate() ? Response.ok(attached)
                : Response.created(uri.getBaseUriBuilder().path("evidence/{id}").build(view.id())).entity(attached);
        return answer.tag(Versions.tag(view.version())).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The evidence of a case", description = "Oldest first (by addedAt), the items the caller may see: "
            + "files (kind FILE) and linked trade records (kind TRADE_RECORD: declaration number and line, date, HS code, CHP "
            + "tier, flagged, value and currency, value in USD, exporter and consignee names as written, who linked it when). "
            + "A partner agency sees a file shared with it, a trade record released to it, and either only when the case is "
            + "released to it too; nothing about the others, not even how many there are.")
    public List<EvidenceItem> list(@PathParam("reference") String reference) {
        return tradeEvidence.evidence(reference);
    }
}
