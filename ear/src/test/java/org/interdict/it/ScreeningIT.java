package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Screening names against the parties the caller may see, across scripts, legal forms and typos. */
class ScreeningIT extends BlackBoxIT {

    @Test
    void cyrillicHanLegalFormAndTypoVariantsFindTheParty() {
        String stem = "Varkona" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String party = record(Map.of("kind", "COMPANY", "primaryName", stem + " LLC", "country", "RU",
                "aliases", List.of(Map.of("name", "ООО «" + Names.cyrillic(stem) + "»"))));
        String han = record(Map.of("kind", "COMPANY", "primaryName", "Wuhan Gaoxin Keji " + stem,
                "aliases", List.of(Map.of("name", "武汉高芯科技有限公司"))));

        assertFound(party, Map.of("name", "ООО \"" + Names.cyrillic(stem) + "\""), "Cyrillic query, Latin primary name");
        assertFound(party, Map.of("name", stem.toUpperCase() + ", OOO"), "legal form after the name");
        assertFound(party, Map.of("name", stem.substring(0, stem.length() - 1) + "q LLC"), "one-letter typo");
        assertFound(han, Map.of("name", "武汉高芯科技有限公司"), "Han query");
        assertFound(han, Map.of("name", "Wuhan Gaoxin Keji " + stem + " Co., Ltd."), "Latin query of the Han party");
    }

    @Test
    void partnersDoNotFindInternalPartiesAndAnswersExplainTheScore() {
        String stem = "Quorvane" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "y");
        String party = record(Map.of("kind", "COMPANY", "primaryName", stem + " Limited"));
        Response answer = screen("alice", Map.of("name", stem + " Ltd"));
        Map<String, Object> top = answer.jsonPath().getMap("[0]");
        assertEquals(party, top.get("id"));
        assertTrue(((Number) top.get("score")).doubleValue() >= 0.99, top.toString());
        assertTrue(String.valueOf(top.get("explanation")).contains("legal forms agree (Ltd and Ltd)"), top.toString());

        List<String> partnerIds = screen("paula", Map.of("name", stem + " Ltd")).jsonPath().getList("id");
        assertFalse(partnerIds.contains(party), "a partner found an internal party");
        List<String> otherAgency = screen("olga", Map.of("name", stem + " Ltd")).jsonPath().getList("id");
        assertFalse(otherAgency.contains(party), "another authority found an internal party");
    }

    @Test
    void anEmptyNameIsExplained() {
        api.as("alice").body(Map.of("name", " ")).post("/screen").then().statusCode(400);
    }

    private String record(Map<String, Object> party) {
        String id = api.as("alice").body(party).post("/parties").then().statusCode(201).extract().path("id");
        SearchIndexProbe.awaitSearchable(id, null);
        return id;
    }

    private void assertFound(String party, Map<String, Object> query, String what) {
        List<String> ids = screen("alice", query).jsonPath().getList("id");
        assertTrue(ids.contains(party), what + ": " + query + " did not find the party");
    }

    private Response screen(String user, Map<String, Object> query) {
        Response response = api.as(user).body(query).post("/screen");
        assertEquals(200, response.statusCode(), response.asString());
        return response;
    }
}
