package org.interdict.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors that JAX-RS itself raises (unknown path, wrong method, unsupported media type, refused
 * role) keep their status and get a problem body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
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
}
