package org.interdict.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.interdict.application.security.AccessDeniedException;

/** A known caller asked for something they may not do: 403 with the reason. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return Problem.of(Response.Status.FORBIDDEN, "access-denied", exception.getMessage()).toResponse();
    }
}
