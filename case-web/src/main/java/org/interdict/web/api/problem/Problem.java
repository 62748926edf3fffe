package org.interdict.web.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An error as RFC 9457 ({@code application/problem+json}) describes it: a type, a short title, the
 * HTTP status and a detail written for the person who made the request. Validation problems also
 * list the offending fields; a refused file lists its bad lines (and how many there were in all, when
 * only the first are listed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors, Long currentVersion,
        List<LineError> lines, Long badLines) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://interdict.example/problems/";

    /** One field that failed validation, and why. */
    public record FieldError(String field, String message) {
    }

    /** One line of a refused file, by its number (1 for the header), and what is wrong with it. */
    public record LineError(long line, String message) {
    }

    /** 422: the request is well formed but breaks a rule. */
    public static final Response.StatusType UNPROCESSABLE = status(422, "Unprocessable Content");

    /** 428 (RFC 6585): the server requires the request to be conditional (If-Match). */
    public static final Response.StatusType PRECONDITION_REQUIRED = status(428, "Precondition Required");

    /** A client-error status that {@link Response.Status} does not name. */
    static Response.StatusType status(int code, String reason) {
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }

    public static Problem of(Response.StatusType status, String slug, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), status.getReasonPhrase(), status.getStatusCode(), detail, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors, currentVersion, lines, badLines);
    }

    public Problem withCurrentVersion(long version) {
        return new Problem(type, title, status, detail, errors, version, lines, badLines);
    }

    public Problem withLines(List<LineError> lineErrors, long total) {
        return new Problem(type, title, status, detail, errors, currentVersion, lineErrors, total);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
