package org.interdict.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * {@code GET /api/me} through the deployed EAR with tokens from the real Keycloak: who may call it,
 * and that it names each demo user correctly.
 */
class MeResourceIT extends BlackBoxIT {

    @Test
    void requestWithoutTokenIsUnauthorizedWithABearerChallenge() {
        given().get(me())
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void tamperedTokenIsUnauthorized() {
        String[] parts = Keycloak.userToken("paula").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"PCU\"", "\"ECA\"").replace("\"partner\"", "\"supervisor\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        given().auth().oauth2(tampered).get(me()).then().statusCode(401);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        String token = Keycloak.userToken(Keycloak.shortLivedClient(5), "alice", TestEnvironment.demoPassword());
        // Valid while it lives: the refusal below is about expiry, not about the client.
        given().auth().oauth2(token).get(me()).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(token).get(me()).then().statusCode(401));
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        String token = Keycloak.userToken(Keycloak.otherAudienceClient(), "alice", TestEnvironment.demoPassword());
        given().auth().oauth2(token).get(me()).then().statusCode(401);
    }

    @Test
    void tokenWithoutAnAgencyIsForbiddenWithAMessageThatSaysWhatToFix() {
        String token = Keycloak.userToken(Keycloak.noAgencyClient(), "alice", TestEnvironment.demoPassword());
        given().auth().oauth2(token).get(me()).then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("not assigned to an agency"));
        given().auth().oauth2(token).get(base + "api/cases").then().statusCode(403);
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        given().auth().oauth2(Keycloak.masterAdminToken()).get(me()).then().statusCode(401);
    }

    static List<DemoUser> demoUsers() {
        return DemoUser.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void answersEachDemoUsersIdentity(DemoUser user) {
        ValidatableResponse response = given().auth().oauth2(Keycloak.userToken(user.username()))
                .accept("application/json").get(me())
                .then().statusCode(200)
                .body("username", equalTo(user.username()))
                .body("displayName", equalTo(user.displayName()))
                .body("agency.code", equalTo(user.agency()));
        List<String> roles = response.extract().jsonPath().getList("roles", String.class);
        assertEquals(user.roles(), roles.stream().sorted().toList());
    }

    @Test
    void partnerSystemIsAPartnerOfItsAgency() {
        given().auth().oauth2(Keycloak.partnerSystemToken()).get(me())
                .then().statusCode(200)
                .body("username", equalTo("service-account-partner-system"))
                .body("roles", equalTo(List.of("partner")))
                .body("agency.code", equalTo("PCU"))
                .body("agency.kind", equalTo("PARTNER"));
    }

    @Test
    void unknownApiPathIsProblemJson() {
        given().auth().oauth2(Keycloak.userToken("alice")).get(base + "api/no-such-thing")
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404))
                .body("detail", equalTo("There is nothing at this address."));
    }

    private String me() {
        return base + "api/me";
    }
}
