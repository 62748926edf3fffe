package org.interdict.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;

/**
 * Anything unexpected: 500 with a reference that operators find in the server log, and nothing of
 * the internals in the answer.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        String reference = UUID.randomUUID().toString();
        WebLog.LOG.unexpectedFailure(reference, exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side. Quote reference " + reference + " when you report it.").toResponse();
    }
}
