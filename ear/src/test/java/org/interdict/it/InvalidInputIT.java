package org.interdict.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Bad input gets a problem+json that a person understands, with the offending field where there is
 * one, and nothing is stored.
 */
class InvalidInputIT extends BlackBoxIT {

    private static final String LONG = "x".repeat(201);

    static Stream<Arguments> badCases() {
        return Stream.of(
                Arguments.of("missing title", "{\"priority\":\"HIGH\"}", 400, "title"),
                Arguments.of("blank title", "{\"title\":\"   \"}", 400, "title"),
                Arguments.of("overlong title", "{\"title\":\"" + LONG + "\"}", 422, null),
                Arguments.of("unknown priority", "{\"title\":\"t\",\"priority\":\"URGENT\"}", 422, null),
                Arguments.of("malformed JSON", "{\"title\":\"t\",", 400, null),
                Arguments.of("unknown field", "{\"title\":\"t\",\"owner\":\"me\"}", 400, "owner"),
                Arguments.of("date that is no date", "{\"title\":\"t\",\"dueDate\":\"next week\"}", 400, "dueDate"),
                Arguments.of("subject that is no id", "{\"title\":\"t\",\"subjects\":[\"abc\"]}", 400, "subjects[0]"),
                Arguments.of("subject that does not exist", "{\"title\":\"t\",\"subjects\":[\"" + UUID.randomUUID() + "\"]}", 422, null),
                Arguments.of("array instead of object", "[1,2]", 400, null),
                Arguments.of("no body", "", 400, null));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badCases")
    void badCaseIsRefusedWithAProblemAndNothingIsStored(String label, String body, int status, String field) {
        long before = caseCount();
        var response = api.as("alice").body(body).post("/cases").then()
                .statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(status))
                .body("detail", notNullValue());
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(before, caseCount(), label + " stored something");
    }

    @Test
    void badPartyIsRefusedAndNothingIsStored() {
        long before = partyCount();
        api.as("alice").body("{\"kind\":\"SHIP\",\"primaryName\":\"Sea Star\"}").post("/parties")
                .then().statusCode(422).body("detail", containsString("COMPANY, PERSON, VESSEL, AIRCRAFT"));
        api.as("alice").body("{\"kind\":\"COMPANY\",\"primaryName\":\"X\",\"country\":\"China\"}").post("/parties")
                .then().statusCode(400).body("errors.field", hasItem("country"));
        api.as("alice").body("{\"kind\":\"COMPANY\",\"primaryName\":\"X\",\"country\":\"ZZ9\"}").post("/parties")
                .then().statusCode(400);
        api.as("alice").body("{\"kind\":\"COMPANY\",\"primaryName\":\"X\",\"identifiers\":[{\"type\":\"INN\"}]}").post("/parties")
                .then().statusCode(400).body("errors.field", hasItem("identifiers[0].value"));
        api.as("alice").body("{\"kind\":\"COMPANY\",\"primaryName\":\"X\",\"tradeRoles\":[\"SMUGGLER\"]}").post("/parties")
                .then().statusCode(422).body("detail", containsString("MANUFACTURER"));
        assertEquals(before, partyCount());
    }

    @Test
    void malformedIfMatchAndUnknownReferenceAreExplained() {
        String reference = api.openCase("alice", "If-Match check", List.of());
        api.as("alice").header("If-Match", "yesterday").body("{\"title\":\"t\"}").put("/cases/" + reference)
                .then().statusCode(400).body("detail", containsString("If-Match"));
        api.as("alice").get("/cases/ICT-1999-999999").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        api.as("alice").get("/cases?dueBefore=soon").then().statusCode(400).body("detail", containsString("YYYY-MM-DD"));
        api.as("alice").get("/cases?status=DONE").then().statusCode(422).body("detail", containsString("INVESTIGATING"));
    }

    private long caseCount() {
        return api.as("alice").get("/cases?limit=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private long partyCount() {
        return api.as("alice").get("/parties?limit=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aBadProposalIsRefusedByFieldOrByIdAndTheCaseStaysUnproposed() {
        String reference = api.openCase("alice", "Bad proposal", List.of(api.party("alice", "Bad Proposal Trading " + UUID.randomUUID(), "CN")));
        api.as("alice").post("/cases/" + reference + "/investigation").then().statusCode(200);
        String file = api.attachEvidence("alice", reference, "declarations.txt");
        api.as("alice").body("{\"measure\":\"EXPORT_BAN\",\"legalBasis\":\"Art. 4\",\"reasons\":[{\"text\":\" \",\"evidence\":[\""
                        + file + "\"]}]}").post("/cases/" + reference + "/proposal")
                .then().statusCode(400).body("errors.field", hasItem("reasons[0].text"));
        api.as("alice").body("{\"measure\":\"EXPORT_BAN\",\"legalBasis\":\"Art. 4\",\"statementOfReasons\":\"Reasons.\","
                        + "\"evidence\":[\"customs extract 7\"]}").post("/cases/" + reference + "/proposal")
                .then().statusCode(422).body("detail", containsString("'customs extract 7' in evidence is not evidence of case " + reference));
        api.as("alice").body("{\"measure\":\"EXPORT_BAN\",\"legalBasis\":\"Art. 4\"," + "\"evidence\":[\"" + file + "\"]}")
                .post("/cases/" + reference + "/proposal")
                .then().statusCode(422).body("detail", containsString("statement of reasons"));
        api.as("alice").get("/cases/" + reference).then().statusCode(200).body("status", equalTo("INVESTIGATING"));
    }
}
