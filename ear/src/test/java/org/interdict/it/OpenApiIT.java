package org.interdict.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/** The OpenAPI document is served and describes the API, with its bearer security scheme. */
class OpenApiIT extends BlackBoxIT {

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
