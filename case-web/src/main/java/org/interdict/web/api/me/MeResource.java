package org.interdict.web.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.identity.IdentityService;
import org.interdict.application.security.Roles;

/** The caller's own identity, as Interdict understands it. */
@Path("/me")
@RequestScoped
@Tag(name = "Identity")
public class MeResource {

    @Inject
    IdentityService identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.PARTNER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Who am I", description = "The caller's username, display name, roles and agency.")
    @APIResponse(responseCode = "200", description = "The caller's identity")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token names no agency, or one Interdict does not know")
    public MeRepresentation me() {
        return MeRepresentation.of(identity.describeCaller());
    }
}
