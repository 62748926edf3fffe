package org.interdict.web.api.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.audit.AuditEventView;
import org.interdict.application.evidence.Download;
import org.interdict.application.evidence.EvidenceService;
import org.interdict.application.evidence.EvidenceTextService;
import org.interdict.application.evidence.EvidenceView;
import org.interdict.application.evidence.Verification;
import org.interdict.application.security.Roles;
import org.interdict.web.api.ReleaseRequest;
import org.interdict.web.api.Requests;
import org.interdict.web.api.Versions;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * One evidence item: its metadata (with its version as {@code ETag}; changes need {@code If-Match}),
 * its file, its verification and its chain of custody. An item the caller may not see answers 404.
 */
@Path("/evidence/{id}")
@RequestScoped
@Tag(name = "Evidence")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceTextService texts;

    @Inject
    Requests requests;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read an evidence item", description = "What is known about the file: name, type, size, SHA-256, "
            + "source, provenance, handling marking, releasability. Reading it is a custody event.")
    public Response get(@PathParam("id") UUID id) {
        EvidenceView view = evidence.get(id);
        return Versions.ok(view, view.version()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct what is written about an evidence item", description = "Name, description, source, "
            + "provenance and handling marking (the file never changes); analysts and supervisors of its agency, its case "
            + "not closed. Audited with before and after.")
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EvidenceRequest request) {
        EvidenceView view = evidence.edit(id, Versions.expected(ifMatch), requests.valid(request).toInput());
        return Versions.ok(view, view.version()).build();
    }

    @PUT
    @Path("/releasability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share or withdraw an evidence item", description = "Supervisors of its agency: SHARED with named "
            + "partner agencies, or INTERNAL. A partner sees it only while its case is shared with that partner too.")
    public Response release(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReleaseRequest request) {
        ReleaseRequest valid = requests.valid(request);
        EvidenceView view = evidence.release(id, Versions.expected(ifMatch), valid.releasability(), valid.agencies());
        return Versions.ok(view, view.version()).build();
    }

    @GET
    @Path("/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the file", description = "The file as received, with its detected media type, "
            + "Repr-Digest (RFC 9530: sha-256 recorded when it was received) and Content-Disposition with its name. "
            + "A custody event.")
    public Response content(@PathParam("id") UUID id) {
        Download download = evidence.download(id);
        EvidenceView view = download.evidence();
        StreamingOutput body = out -> {
            try (InputStream in = download.content().open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, view.mediaType())
                .header("Repr-Digest", "sha-256=:" + download.sha256Base64() + ":")
                .header("Content-Disposition", contentDisposition(view.name()))
                .header(HttpHeaders.CONTENT_LENGTH, view.size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the file", description = "Recomputes the SHA-256 of the stored file and compares it with "
            + "the one recorded when it was received: intact, or not (changed or missing). A custody event.")
    public Verification verify(@PathParam("id") UUID id) {
        return evidence.verify(id);
    }

    @GET
    @Path("/text")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The text inside the file", description = "The text read from the file in the background (OCR for "
            + "images and scanned pages), with where reading stands: PENDING, RUNNING, DONE (language, length, whether OCR "
            + "read it, whether it was cut at the limit) or FAILED with the reason. The text is null until it is read. "
            + "A custody event.")
    public EvidenceTextService.EvidenceText text(@PathParam("id") UUID id) {
        return texts.text(id);
    }

    @POST
    @Path("/text")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the file's text again", description = "Analysts and supervisors of its agency: queues the file "
            + "to be read again (after a failure, e.g. once OCR is installed); one already waiting or being read stays so. The earlier text "
            + "stays searchable until the new reading replaces it.")
    public Response readAgain(@PathParam("id") UUID id) {
        return Response.accepted(texts.readAgain(id)).build();
    }

    @GET
    @Path("/custody")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The chain of custody", description = "Every event about the item, oldest first, with actor and "
            + "time: added, viewed, edited, shared, downloaded, verified. Readers of its own agency only.")
    public List<AuditEventView> custody(@PathParam("id") UUID id) {
        return evidence.custody(id);
    }

    /**
     * An attachment header that every browser reads: an ASCII fallback without quotes or backslashes, and
     * the exact (already sanitised) name in RFC 8187 encoding.
     */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != ';' ? (char) cp : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
