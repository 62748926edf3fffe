package org.interdict.web.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.security.Roles;
import org.interdict.application.trade.NameProposalService;
import org.interdict.web.api.PageRepresentation;

import java.util.UUID;

/** Exporter and consignee names that imports matched to a party, but not closely enough to link without an analyst. */
@Path("/trade/name-proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trade records")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class NameProposalResource {

    @Inject
    NameProposalService proposals;

    @GET
    @Operation(summary = "Names waiting for a decision", description = "Newest first: the name as written, the party it "
            + "may be, the score and evidence of the name matcher, and how many records wrote the name.")
    public PageRepresentation<NameProposalService.ProposalView> open(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(proposals.open(offset, limit));
    }

    @POST
    @Path("/{id}/confirmation")
    @Operation(summary = "The name is the proposed party", description = "Links every record that wrote the name to it; "
            + "later imports link the name at once.")
    public NameProposalService.ProposalView confirm(@PathParam("id") UUID id) {
        return proposals.confirm(id);
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "The name is another party", description = "Creates a party for the name and links its records "
            + "to that one; later imports link the name to it.")
    public NameProposalService.ProposalView reject(@PathParam("id") UUID id) {
        return proposals.reject(id);
    }
}
