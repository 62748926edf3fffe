package org.interdict.web.api.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.search.NameScreening.Candidate;
import org.interdict.application.search.ScreeningService;
import org.interdict.application.security.Roles;
import org.interdict.web.api.Requests;

import java.util.List;

/** Screening a name against parties and designations, across scripts and legal forms. */
@Path("/screen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class ScreeningResource {

    /** A name to screen, with optional kind, country and identifiers (TYPE:VALUE, e.g. INN:0323123456). */
    public record ScreeningRequest(
            @NotBlank(message = "Name the party to screen") @Size(max = 600) String name,
            @Size(max = 32) String kind,
            @Size(max = 2) String country,
            @Size(max = 20) List<@NotBlank @Size(max = 280) String> identifiers,
            @DecimalMin("0.0") @DecimalMax("1.0") Double threshold,
            @Min(1) @Max(100) Integer limit) {
    }

    @Inject
    ScreeningService screening;

    @Inject
    Requests requests;

    @POST
    @Operation(summary = "Screen a name", description = "Ranked candidates among the parties and designations the "
            + "caller may see, each with a score in [0, 1] and which name variant matched which, and why.")
    public List<Candidate> screen(ScreeningRequest request) {
        ScreeningRequest valid = requests.valid(request);
        return screening.screen(valid.name(), valid.kind(), valid.country(), valid.identifiers(), valid.threshold(), valid.limit());
    }
}
