package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Saved searches and their alerts: a record created or changed that newly matches a saved search
 * (within its owner's visibility) is named in one notification for its owner, once.
 */
class SavedSearchIT extends BlackBoxIT {

    @Test
    void newlyIndexedRecordsThatMatchRaiseOneNotificationEach() {
        String stem = "Alertword" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String saved = api.as("alice").body(Map.of("name", "Watch " + stem, "query", stem + " type:party"))
                .post("/saved-searches").then().statusCode(201).extract().path("id");
        long unreadBefore = unread("alice");

        // Another authority's party matches the words but is not alice's to see.
        UUID foreign = api.party("olga", stem + " Foreign", "IR");
        UUID first = api.party("bruno", stem + " Components", "HK");
        Map<String, Object> notification = awaitNotificationNaming("alice", first.toString());
        assertTrue(String.valueOf(notification.get("title")).contains("Watch " + stem), notification.toString());
        assertEquals(saved, notification.get("savedSearchId"));
        assertEquals(null, notification.get("readAt"));
        assertFalse(String.valueOf(notification).contains(foreign.toString()), "a record alice may not see was named");

        // Changing a record that has matched already raises nothing new; a second new record does.
        Response party = api.as("bruno").get("/parties/" + first);
        api.as("bruno").header("If-Match", party.getHeader("ETag"))
                .body(Map.of("kind", "COMPANY", "primaryName", stem + " Components Ltd", "country", "HK"))
                .put("/parties/" + first).then().statusCode(200);
        UUID second = api.party("bruno", stem + " Optics", "HK");
        awaitNotificationNaming("alice", second.toString());
        String all = api.as("alice").get("/notifications?limit=200").then().statusCode(200).extract().asString();
        assertEquals(1, occurrences(all, first.toString()), "the changed record was named again: " + all);
        assertFalse(all.contains(foreign.toString()));
        assertEquals(unreadBefore + 2, unread("alice"));

        // Read and unread; nobody else may touch it.
        String id = String.valueOf(notification.get("id"));
        api.as("alice").body(Map.of("read", true)).put("/notifications/" + id + "/read").then().statusCode(200);
        assertEquals(unreadBefore + 1, unread("alice"));
        List<String> unreadIds = api.as("alice").get("/notifications?unread=true&limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertFalse(unreadIds.contains(id));
        api.as("alice").body(Map.of("read", false)).put("/notifications/" + id + "/read").then().statusCode(200);
        assertEquals(unreadBefore + 2, unread("alice"));
        api.as("bruno").body(Map.of("read", true)).put("/notifications/" + id + "/read").then().statusCode(404);
        api.as("alice").body(Map.of()).put("/notifications/" + id + "/read").then().statusCode(400);
        assertFalse(api.as("bruno").get("/notifications?limit=200").asString().contains(id));

        // A deleted search raises nothing more.
        api.as("bruno").delete("/saved-searches/" + saved).then().statusCode(404);
        api.as("alice").delete("/saved-searches/" + saved).then().statusCode(204);
        UUID after = api.party("bruno", stem + " Afterwards", "HK");
        String control = "Controlword" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        api.as("alice").body(Map.of("name", "Control " + control, "query", control)).post("/saved-searches").then().statusCode(201);
        SearchIndexProbe.awaitSearchable(after.toString(), null);
        UUID controlParty = api.party("bruno", control + " Trading", "HK");
        awaitNotificationNaming("alice", controlParty.toString());
        assertFalse(api.as("alice").get("/notifications?limit=200").asString().contains(after.toString()),
                "a deleted saved search raised a notification");
    }

    @Test
    void savedSearchesAreCheckedWhenSaved() {
        String name = "Checked " + UUID.randomUUID();
        api.as("alice").body(Map.of("name", name, "query", "drones country:CN")).post("/saved-searches").then().statusCode(201);
        api.as("alice").body(Map.of("name", name, "query", "other")).post("/saved-searches").then().statusCode(409);
        api.as("alice").body(Map.of("name", "Blank " + UUID.randomUUID(), "query", " ")).post("/saved-searches").then().statusCode(400);
        api.as("alice").body(Map.of("name", "Bad " + UUID.randomUUID(), "query", "type:vessel")).post("/saved-searches")
                .then().statusCode(422);
        List<String> mine = api.as("alice").get("/saved-searches").then().statusCode(200).extract().jsonPath().getList("name");
        assertTrue(mine.contains(name));
        assertFalse(api.as("carla").get("/saved-searches").asString().contains(name), "another user sees alice's searches");
    }

    @Test
    void aNotificationForgetsARecordWhoseSharingWasWithdrawn() {
        String stem = "Sharedword" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        api.as("paula").body(Map.of("name", "Watch " + stem, "query", stem)).post("/saved-searches").then().statusCode(201);
        UUID party = api.party("alice", stem + " Released Trading", "CN");
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/parties/" + party + "/releasability").then().statusCode(200);
        Map<String, Object> notification = awaitNotificationNaming("paula", party.toString());
        assertTrue(String.valueOf(notification.get("title")).contains(stem + " Released Trading"), notification.toString());

        api.as("carla").body(Map.of("releasability", "INTERNAL")).put("/parties/" + party + "/releasability").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String all = api.as("paula").get("/notifications?limit=200").then().statusCode(200).extract().asString();
            assertFalse(all.contains(party.toString()), all);
            assertFalse(all.contains(stem + " Released"), all);
            assertTrue(all.contains("no longer available to you"), all);
        });
        String id = String.valueOf(notification.get("id"));
        String marked = api.as("paula").body(Map.of("read", true)).put("/notifications/" + id + "/read").then().statusCode(200)
                .extract().asString();
        assertFalse(marked.contains(stem + " Released"), marked);
    }

    private long unread(String user) {
        return api.as(user).get("/notifications").then().statusCode(200).extract().jsonPath().getLong("unread");
    }

    private Map<String, Object> awaitNotificationNaming(String user, String recordId) {
        Object[] found = new Object[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<Map<String, Object>> items = api.as(user).get("/notifications?limit=200").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            items.stream().filter(n -> String.valueOf(n.get("records")).contains(recordId)).findFirst().ifPresent(n -> found[0] = n);
            return found[0] != null;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> notification = (Map<String, Object>) found[0];
        return notification;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
