package org.interdict.web.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.security.Roles;
import org.interdict.application.trade.TradeRecordService;
import org.interdict.application.trade.TradeRecordView;
import org.interdict.web.api.ReleaseRequest;
import org.interdict.web.api.Requests;

import java.util.UUID;

/** One trade record: reading it, and sharing it with partner agencies. */
@Path("/trade/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trade records")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class TradeRecordResource {

    @Inject
    TradeRecordService records;

    @Inject
    Requests requests;

    @GET
    @Path("/{id}")
    @Operation(summary = "A trade record", description = "The declaration line as imported, its CHP tier and flag, the "
            + "parties its names resolved to, and its releasability. A partner reads the records released to its agency.")
    public TradeRecordView get(@PathParam("id") UUID id) {
        return records.get(id);
    }

    @PUT
    @Path("/{id}/releasability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share or withdraw a trade record", description = "Supervisors of the importing agency: SHARED "
            + "with named partner agencies, or INTERNAL. A partner then finds it in search, its facets and exports, and "
            + "counts it in the trade views of parties it may see.")
    public TradeRecordView release(@PathParam("id") UUID id, ReleaseRequest request) {
        ReleaseRequest valid = requests.valid(request);
        return records.release(id, valid.releasability(), valid.agencies());
    }
}
