package org.interdict.infrastructure.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.interdict.application.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Keycloak realm that {@code ./interdict} imports is code too: these tests keep it consistent with
 * what the application expects of tokens, and with the demo agencies in the database.
 */
class RealmDefinitionTest {

    private static final Path REALM = Path.of("src/main/keycloak/interdict-realm.json");
    private static final Path DEMO_AGENCIES = Path.of("../case-domain/src/main/resources/db/demo/R__demo_agencies.sql");
    private static final Set<String> USER_TOKEN_CLIENTS = Set.of("interdict-web", "interdict-cli", "partner-system");

    private static JsonObject realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (Reader file = Files.newBufferedReader(REALM); JsonReader reader = Json.createReader(file)) {
            realm = reader.readObject();
        }
    }

    @Test
    void realmRolesAreExactlyTheApplicationRoles() {
        Set<String> realmRoles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
                .map(role -> role.getString("name")).collect(Collectors.toSet());
        assertEquals(Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.toSet()), realmRoles);
    }

    @Test
    void everyUserBelongsToOneKnownDemoAgencyAndHoldsOnlyApplicationRoles() throws IOException {
        Set<String> agencies = demoAgencyCodes();
        for (JsonObject user : users()) {
            List<JsonString> agency = user.getJsonObject("attributes").getJsonArray("agency").getValuesAs(JsonString.class);
            assertEquals(1, agency.size(), user.getString("username") + " must belong to exactly one agency");
            assertTrue(agencies.contains(agency.get(0).getString()),
                    user.getString("username") + " names agency " + agency.get(0).getString() + ", not a demo agency " + agencies);
            List<JsonString> roles = user.getJsonArray("realmRoles").getValuesAs(JsonString.class);
            assertFalse(roles.isEmpty(), user.getString("username") + " has no role");
            roles.forEach(role -> assertTrue(Role.fromRoleName(role.getString()).isPresent(), "unknown role " + role));
        }
    }

    @Test
    void oneAgencyHasTwoAnalystsAndTwoSupervisorsSoThatFourEyesCanBeShown() {
        Map<String, Map<String, Integer>> countByAgencyAndRole = new HashMap<>();
        for (JsonObject user : users()) {
            String agency = user.getJsonObject("attributes").getJsonArray("agency").getString(0);
            for (JsonString role : user.getJsonArray("realmRoles").getValuesAs(JsonString.class)) {
                countByAgencyAndRole.computeIfAbsent(agency, a -> new HashMap<>()).merge(role.getString(), 1, Integer::sum);
            }
        }
        assertTrue(countByAgencyAndRole.values().stream()
                .anyMatch(roles -> roles.getOrDefault("analyst", 0) >= 2 && roles.getOrDefault("supervisor", 0) >= 2));
    }

    @Test
    void everyRoleIsHeldBySomeDemoUser() {
        Set<String> held = users().stream().flatMap(user -> user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream())
                .map(JsonString::getString).collect(Collectors.toSet());
        for (Role role : Role.values()) {
            assertTrue(held.contains(role.roleName()), "no demo user holds " + role.roleName());
        }
    }

    @Test
    void theUserProfileDeclaresTheAgencyAttributeElseKeycloakDropsIt() {
        JsonObject component = realm.getJsonObject("components")
                .getJsonArray("org.keycloak.userprofile.UserProfileProvider").getJsonObject(0);
        String config = component.getJsonObject("config").getJsonArray("kc.user.profile.config").getString(0);
        JsonObject profile = Json.createReader(new StringReader(config)).readObject();
        JsonObject agency = profile.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(attribute -> attribute.getString("name").equals(TokenClaims.AGENCY)).findFirst().orElseThrow();
        assertEquals(List.of("admin"), agency.getJsonObject("permissions").getJsonArray("edit").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList(), "users must not change their own agency");
    }

    @Test
    void everyClientThatIssuesTokensForTheApiMapsTheAgencyAndTheApiAudience() {
        for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
            if (!USER_TOKEN_CLIENTS.contains(client.getString("clientId"))) {
                continue;
            }
            Map<String, JsonObject> mappers = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(m -> m.getString("protocolMapper"), m -> m.getJsonObject("config"), (a, b) -> a));
            assertEquals(TokenClaims.AGENCY, mappers.get("oidc-usermodel-attribute-mapper").getString("claim.name"),
                    client.getString("clientId"));
            assertEquals("interdict-api", mappers.get("oidc-audience-mapper").getString("included.client.audience"),
                    client.getString("clientId"));
        }
    }

    @Test
    void secretsAndAddressesArePlaceholdersNeverLiterals() {
        for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
            if (client.containsKey("secret")) {
                assertTrue(client.getString("secret").matches("\\$\\{[A-Z_]+}"), client.getString("clientId"));
            }
        }
        for (JsonObject user : users()) {
            if (user.containsKey("credentials")) {
                assertEquals("${INTERDICT_DEMO_PASSWORD}", user.getJsonArray("credentials").getJsonObject(0).getString("value"));
            }
        }
    }

    /** The people and partner systems of the demo: everyone but the application's own directory account. */
    private static List<JsonObject> users() {
        return realm.getJsonArray("users").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(user -> !KeycloakUserDirectory.CLIENT_ID.equals(user.getString("serviceAccountClientId", ""))).toList();
    }

    @Test
    void theApplicationLooksUsersUpWithNoMoreThanViewUsers() {
        JsonObject directory = realm.getJsonArray("users").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(user -> KeycloakUserDirectory.CLIENT_ID.equals(user.getString("serviceAccountClientId", "")))
                .findFirst().orElseThrow();
        assertFalse(directory.containsKey("realmRoles"), "the directory account holds no application role");
        assertEquals(List.of("view-users"), directory.getJsonObject("clientRoles").getJsonArray("realm-management")
                .getValuesAs(JsonString::getString));
        assertEquals(1, directory.getJsonObject("clientRoles").size());
    }

    private static Set<String> demoAgencyCodes() throws IOException {
        Matcher code = Pattern.compile("\\('([A-Z][A-Z0-9-]+)',").matcher(Files.readString(DEMO_AGENCIES));
        Set<String> codes = new java.util.TreeSet<>();
        while (code.find()) {
            codes.add(code.group(1));
        }
        assertFalse(codes.isEmpty());
        return codes;
    }
}
