package org.interdict.web.api.parties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.party.PartyService;
import org.interdict.application.party.PartyView;
import org.interdict.application.party.RelationshipView;
import org.interdict.application.security.Roles;
import org.interdict.application.trade.TradeViewService;
import org.interdict.application.trade.TradeViews;
import org.interdict.web.api.PageRepresentation;
import org.interdict.web.api.ReleaseRequest;
import org.interdict.web.api.Requests;
import org.interdict.web.api.Versions;

import java.util.List;
import java.util.UUID;

/** Parties (companies, persons, vessels, aircraft) with aliases, identifiers, addresses and relationships. */
@Path("/parties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class PartyResource {

    /** A relationship to record: this party {kind} the other one. */
    public record RelationshipRequest(
            @NotBlank(message = "Name the kind: OWNS, CONTROLS, SUBSIDIARY_OF, SAME_AS, SHIPS_TO or ACTS_FOR") @Size(max = 32) String kind,
            @NotNull(message = "Name the other party") UUID to,
            @Size(max = 2000) String note) {
    }

    @Inject
    PartyService parties;

    @Inject
    Requests requests;

    @Inject
    TradeViewService trade;

    @POST
    @Operation(summary = "Record a party", description = "Owned by the caller's agency.")
    public Response record(PartyRequest request, @Context UriInfo uri) {
        PartyView view = parties.record(requests.valid(request).toInput());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Versions.tag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "List parties", description = "Narrowed by a name fragment (primary name or alias), country and kind.")
    public PageRepresentation<PartyView> list(@QueryParam("name") String name, @QueryParam("country") String country,
            @QueryParam("kind") String kind, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(parties.list(name, country, kind, offset, limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a party")
    public Response get(@PathParam("id") UUID id) {
        PartyView view = parties.get(id);
        return Versions.ok(view, view.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Revise a party", description = "Replaces what is known of it; send If-Match with its ETag.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PartyRequest request) {
        PartyView view = parties.revise(id, Versions.expected(ifMatch), requests.valid(request).toInput());
        return Versions.ok(view, view.version()).build();
    }

    @PUT
    @Path("/{id}/releasability")
    @Operation(summary = "Share or withdraw a party", description = "Supervisors of the owning agency: SHARED with "
            + "named partner agencies, or INTERNAL. Subjects of a shared case are visible to its partners anyway.")
    public Response release(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReleaseRequest request) {
        ReleaseRequest valid = requests.valid(request);
        PartyView view = parties.release(id, Versions.expected(ifMatch), valid.releasability(), valid.agencies());
        return Versions.ok(view, view.version()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a party", description = "Only one that no case, proposal or designation names.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        parties.delete(id, Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/relationships")
    @Operation(summary = "Relationships of a party", description = "From and to it.")
    public List<RelationshipView> relationships(@PathParam("id") UUID id) {
        return parties.relationships(id);
    }

    @POST
    @Path("/{id}/relationships")
    @Operation(summary = "Record a relationship", description = "This party OWNS, CONTROLS, … the other.")
    public Response relate(@PathParam("id") UUID id, RelationshipRequest request) {
        RelationshipRequest valid = requests.valid(request);
        return Response.status(Response.Status.CREATED).entity(parties.relate(id, valid.kind(), valid.to(), valid.note())).build();
    }

    @DELETE
    @Path("/{id}/relationships/{relationshipId}")
    @Operation(summary = "Remove a relationship")
    public Response unrelate(@PathParam("id") UUID id, @PathParam("relationshipId") UUID relationshipId) {
        parties.unrelate(id, relationshipId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/trade-risk")
    @Operation(summary = "A party's trade risk", description = "Its shipments as exporter or consignee, and the flagged "
            + "ones (CHP goods to a sanctioned destination) by CHP tier, by month and by counterpart, with totals in USD "
            + "(sums of the values declared in USD; withoutUsd counts the others). For the agency that imported the records.")
    public TradeViews.Risk tradeRisk(@PathParam("id") UUID id) {
        return trade.risk(id);
    }

    @GET
    @Path("/{id}/trade-network")
    @Operation(summary = "A party's trade network", description = "Exporter → consignee edges with shipments, flagged "
            + "shipments and USD value, from the party out to depth hops (1–4, default 2); a party that both receives and "
            + "ships is an intermediary. At most maxEdges edges (default 200, up to 1000); truncated says when more exist.")
    public TradeViews.Network tradeNetwork(@PathParam("id") UUID id, @QueryParam("depth") Integer depth,
            @QueryParam("maxEdges") Integer maxEdges) {
        return trade.network(id, depth, maxEdges);
    }
}
