package org.interdict.web.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.interdict.application.security.NotAuthenticatedException;

/** No verified identity reached the application: 401, as the container would have answered. */
@Provider
public class NotAuthenticatedMapper implements ExceptionMapper<NotAuthenticatedException> {

    @Override
    public Response toResponse(NotAuthenticatedException exception) {
        Response problem = Problem.of(Response.Status.UNAUTHORIZED, "not-authenticated",
                "Send a valid bearer token from the interdict realm.").toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"interdict\"").build();
    }
}
