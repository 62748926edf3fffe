package org.interdict.web.api.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.search.SavedSearchService;
import org.interdict.application.search.SavedSearches.SavedSearch;
import org.interdict.application.search.UserQuery;
import org.interdict.application.security.Roles;
import org.interdict.web.api.Requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's saved searches: each raises a notification when newly indexed records match it. */
@Path("/saved-searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class SavedSearchResource {

    /** A search to keep: its name and the search box's text (the syntax of GET /api/search). */
    public record SavedSearchRequest(
            @NotBlank(message = "Give the saved search a name") @Size(max = 400) String name,
            @NotBlank(message = "A saved search needs search text") @Size(max = UserQuery.MAX_LENGTH) String query) {
    }

    /** A saved search as its owner sees it. */
    public record SavedSearchRepresentation(UUID id, String name, String query, Instant createdAt) {

        static SavedSearchRepresentation of(SavedSearch search) {
            return new SavedSearchRepresentation(search.id(), search.name(), search.query(), search.createdAt());
        }
    }

    @Inject
    SavedSearchService saved;

    @Inject
    Requests requests;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a search", description = "From now on, each record created or changed that matches it "
            + "(within what you may see) is named in a notification, once per record.")
    public Response save(SavedSearchRequest request) {
        SavedSearchRequest valid = requests.valid(request);
        SavedSearch created = saved.save(valid.name(), valid.query());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(SavedSearchRepresentation.of(created)).build();
    }

    @GET
    @Operation(summary = "Your saved searches")
    public List<SavedSearchRepresentation> list() {
        return saved.mine().stream().map(SavedSearchRepresentation::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of your saved searches", description = "Its notifications stay.")
    public Response delete(@PathParam("id") UUID id) {
        saved.delete(id);
        return Response.noContent().build();
    }
}
