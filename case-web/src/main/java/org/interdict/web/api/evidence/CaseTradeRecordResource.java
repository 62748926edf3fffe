package org.interdict.web.api.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.evidence.TradeEvidenceService;
import org.interdict.application.security.Roles;
import org.interdict.web.api.Requests;

import java.util.List;
import java.util.UUID;

/**
 * Trade records linked to a case as evidence. Like attaching a file, linking adds items beside the case
 * and changes none of its own fields or its version: no {@code If-Match}. Linking and unlinking are
 * idempotent; the answer says how many links were new.
 */
@Path("/cases/{reference}/trade-records")
@RequestScoped
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class CaseTradeRecordResource {

    /** The trade records to link, by id. */
    public record TradeRecordLinks(List<UUID> tradeRecords) {
    }

    @Inject
    TradeEvidenceService tradeEvidence;

    @Inject
    Requests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link trade records to a case as evidence", description = "Analysts and supervisors of the case's "
            + "agency, case not closed (409). Body {\"tradeRecords\": [id, …]}, at most 1,000 ids. Only trade records of the "
            + "case's agency: any other id (unknown, or another agency's) is refused with 422 and nothing is linked. A record "
            + "linked already stays as it was: the answer counts the ids asked for (requested) and the new links (linked).")
    public TradeEvidenceService.Linked link(@PathParam("reference") String reference, TradeRecordLinks body) {
        return tradeEvidence.link(reference, requests.valid(body).tradeRecords());
    }

    @POST
    @Path("/flagged-of/{partyId}")
    @Operation(summary = "Link all flagged shipments of a party to a case", description = "Every flagged trade record of the "
            + "case's agency that the party (of the case's agency, else 422) exported or received, as PostgreSQL holds them "
            + "now. Idempotent: the answer counts the flagged records (requested) and the new links (linked).")
    public TradeEvidenceService.Linked linkFlagged(@PathParam("reference") String reference,
            @Parameter(description = "A party of the case's agency") @PathParam("partyId") UUID partyId) {
        return tradeEvidence.linkFlaggedOf(reference, partyId);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unlink a trade record from a case", description = "Analysts and supervisors of the case's agency, "
            + "case not closed. Idempotent: 204 whether or not the record was linked. 409 while a pending or approved "
            + "proposal of the case relies on the record.")
    public Response unlink(@PathParam("reference") String reference,
            @Parameter(description = "The trade record's id") @PathParam("id") UUID id) {
        tradeEvidence.unlink(reference, id);
        return Response.noContent().build();
    }
}
