package org.interdict.web.api.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Errors that JAX-RS itself raises (unknown path, wrong method, unsupported media type, refused
 * role) keep their status and get a problem body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** How RESTEasy says that a query parameter could not be converted to the type its method takes. */
    private static final Pattern UNREADABLE_QUERY_PARAMETER =
            Pattern.compile("QueryParam\\(\"([^\"]+)\"\\)");

    @Override
    public Response toResponse(WebApplicationException exception) {
        // JAX-RS answers 404 for a query parameter it cannot convert, which reads as "no such address".
        if (exception instanceof NotFoundException && exception.getMessage() != null) {
            Matcher unreadable = UNREADABLE_QUERY_PARAMETER.matcher(exception.getMessage());
            if (unreadable.find()) {
                return Problem.of(Response.Status.BAD_REQUEST, "invalid-parameter", "The query parameter "
                        + unreadable.group(1) + " must be " + expected(exception.getCause()) + ".").toResponse();
            }
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> exception.getMessage();
            case 403 -> "Your roles do not allow this operation.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the media type you asked for.";
            case 415 -> "This address does not accept that media type.";
            default -> exception.getMessage();
        };
        return Problem.of(status, "http-" + status.getStatusCode(), detail).toResponse();
    }

    private static String expected(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof NumberFormatException) {
                return "a whole number";
            }
            if (t instanceof java.time.format.DateTimeParseException) {
                return "a date written YYYY-MM-DD";
            }
            if (t instanceof IllegalArgumentException && t.getMessage() != null && t.getMessage().contains("UUID")) {
                return "an id such as 0b7c3e9e-5b1f-4c5e-9a6d-2f4d1c2b3a10";
            }
        }
        return "a value of the documented type";
    }
}
