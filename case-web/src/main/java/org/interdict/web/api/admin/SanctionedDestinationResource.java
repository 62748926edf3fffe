package org.interdict.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.security.Roles;
import org.interdict.application.trade.SanctionedDestinationService;
import org.interdict.application.trade.SanctionedDestinations;

import java.util.List;

/**
 * The sanctioned destinations: reference data that decides which imported shipments are flagged.
 * Administrators change it; the authority's analysts, supervisors and auditors read it (the service
 * decides, so that a refusal is a 403 in words).
 */
@Path("/admin/sanctioned-destinations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class SanctionedDestinationResource {

    @Inject
    SanctionedDestinationService destinations;

    @GET
    @Operation(summary = "The sanctioned destinations", description = "Countries under comprehensive export restrictions "
            + "for goods of the Common High Priority list, by ISO code, each with who listed it and when. An import flags "
            + "listed goods (every tier) going to one of them, by the list as it stands when the import starts; records "
            + "imported before a change keep their flag. Administrators, analysts, supervisors and auditors read it.")
    public List<SanctionedDestinations.Destination> list() {
        return destinations.list();
    }

    @PUT
    @Path("/{country}")
    @Operation(summary = "List a sanctioned destination", description = "Administrators only. Answers 201 when the country "
            + "was added (an audit event), 200 when it was listed already (nothing changes); 422 when the code is not an "
            + "ISO 3166 country (or XK).")
    public Response add(@Parameter(description = "ISO 3166 alpha-2 code, e.g. RU") @PathParam("country") String country) {
        SanctionedDestinationService.Listed listed = destinations.add(country);
        return Response.status(listed.added() ? Response.Status.CREATED : Response.Status.OK).entity(listed.destination())
                .build();
    }

    @DELETE
    @Path("/{country}")
    @Operation(summary = "Take a country off the sanctioned destinations", description = "Administrators only. Answers 204 "
            + "(an audit event), 404 when the country is not listed, 422 when the code is not an ISO 3166 country (or XK).")
    public Response remove(@Parameter(description = "ISO 3166 alpha-2 code, e.g. SY") @PathParam("country") String country) {
        destinations.remove(country);
        return Response.noContent().build();
    }
}
