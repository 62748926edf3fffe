package org.interdict.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Every operation needs a bearer token from the {@code interdict} Keycloak realm;
 * errors are {@code application/problem+json}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Interdict API", version = "0.1",
                description = "Case management for sanctions and export-control authorities."),
        security = @SecurityRequirement(name = InterdictApi.BEARER))
@SecurityScheme(securitySchemeName = InterdictApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token from the interdict realm of Keycloak")
public class InterdictApi extends Application {

    public static final String BEARER = "bearer";
}
