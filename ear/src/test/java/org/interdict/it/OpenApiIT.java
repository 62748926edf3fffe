package org.interdict.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/** The OpenAPI document is served and describes the API, with its bearer security scheme. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return InterdictDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void openApiDocumentDescribesTheApiAndItsBearerScheme() {
        given().accept("application/json").get(base + "openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Interdict API"))
                .body("paths", hasKey("/api/me"))
                .body("paths.'/api/me'.get", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }
}
