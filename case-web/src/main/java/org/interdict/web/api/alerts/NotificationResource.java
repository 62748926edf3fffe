package org.interdict.web.api.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.search.SavedSearchService;
import org.interdict.application.search.SavedSearches.Notification;
import org.interdict.application.security.Roles;
import org.interdict.web.api.Requests;

import java.util.List;
import java.util.UUID;

/** The caller's in-app notifications, newest first. */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class NotificationResource {

    /** Read or unread. */
    public record ReadRequest(@NotNull(message = "Say whether it is read: true or false") Boolean read) {
    }

    /** A page of notifications and how many are unread in all. */
    public record NotificationsRepresentation(List<Notification> items, long unread) {
    }

    @Inject
    SavedSearchService saved;

    @Inject
    Requests requests;

    @GET
    @Operation(summary = "Your notifications", description = "Newest first; unread=true lists only unread ones.")
    public NotificationsRepresentation list(@QueryParam("unread") @DefaultValue("false") String unread,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        // JAX-RS reads any word but "true" as false: "unread=maybe" is refused instead.
        if (!unread.equals("true") && !unread.equals("false")) {
            throw new BadRequestException("The query parameter unread must be true or false.");
        }
        List<Notification> items = saved.notifications(Boolean.parseBoolean(unread), offset, limit);
        return new NotificationsRepresentation(items, saved.unread());
    }

    @PUT
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a notification read or unread")
    public Notification markRead(@PathParam("id") UUID id, ReadRequest request) {
        return saved.markRead(id, requests.valid(request).read());
    }
}
