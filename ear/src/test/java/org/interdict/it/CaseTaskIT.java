package org.interdict.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Tasks on a case through the REST API with real tokens: adding, completing and reopening them, the
 * assignee's queue, overdue flags, a closed case's frozen tasks, and who may see them at all.
 */
class CaseTaskIT extends BlackBoxIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private String addTask(String caller, String reference, Map<String, Object> task) {
        return api.as(caller).body(task).post("/cases/" + reference + "/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void analystAddsCompletesAndReopensATaskAndEachStepIsAudited() {
        String reference = api.openCase("alice", "Body armour to Buryatia", List.of());
        Response added = api.as("alice").body(Map.of("title", "Request the end-user certificate", "assignee", "BRUNO",
                "dueDate", TODAY.plusDays(5).toString())).post("/cases/" + reference + "/tasks");
        added.then().statusCode(201).header("Location", containsString("/tasks/"))
                .body("assignee", equalTo("bruno")).body("done", equalTo(false)).body("overdue", equalTo(false))
                .body("caseReference", equalTo(reference));
        String task = added.path("id");

        api.as("erik").get("/cases/" + reference + "/tasks").then().statusCode(200)
                .body("id", equalTo(List.of(task))).body("title", equalTo(List.of("Request the end-user certificate")));
        api.as("alice").get("/cases/" + reference).then().body("openTasks", equalTo(1));

        api.as("bruno").post("/cases/" + reference + "/tasks/" + task + "/completion").then().statusCode(200)
                .body("done", equalTo(true)).body("doneBy", equalTo("bruno"));
        // Completing again changes nothing: still done by bruno, and no second event.
        api.as("carla").post("/cases/" + reference + "/tasks/" + task + "/completion").then().statusCode(200)
                .body("doneBy", equalTo("bruno"));
        api.as("alice").get("/cases/" + reference).then().body("openTasks", equalTo(0));

        api.as("alice").delete("/cases/" + reference + "/tasks/" + task + "/completion").then().statusCode(200)
                .body("done", equalTo(false)).body("doneBy", nullValue());
        api.as("alice").body(Map.of("title", "Request the end-user certificate from Silva")).put("/cases/" + reference + "/tasks/" + task)
                .then().statusCode(200).body("title", equalTo("Request the end-user certificate from Silva"))
                .body("assignee", nullValue());

        List<String> actions = api.as("erik").get("/cases/" + reference + "/audit").then().statusCode(200)
                .body("action", hasItems("TASK_ADDED", "TASK_DONE", "TASK_REOPENED", "TASK_CHANGED"))
                .body("find { it.action == 'TASK_DONE' }.actor", equalTo("bruno"))
                .extract().jsonPath().getList("action");
        assertTrue(actions.stream().filter("TASK_DONE"::equals).count() == 1, "completion recorded once: " + actions);
    }

    @Test
    void anEditNeedsTheTasksVersion() {
        String reference = api.openCase("alice", "Versions of tasks", List.of());
        String task = addTask("alice", reference, Map.of("title", "First wording"));
        api.bare("alice").body(Map.of("title", "Blind edit")).put("/cases/" + reference + "/tasks/" + task).then().statusCode(428);
        api.as("alice").body(Map.of("title", "Second wording")).put("/cases/" + reference + "/tasks/" + task).then().statusCode(200);
        api.bare("alice").header("If-Match", "\"0\"").body(Map.of("title", "From an old copy"))
                .put("/cases/" + reference + "/tasks/" + task).then().statusCode(409);
    }

    @Test
    void theAssigneesQueueListsOpenTasksOverdueFirstThenByDueDate() {
        String reference = api.openCase("alice", "Drones through Hong Kong", List.of());
        String later = addTask("alice", reference, Map.of("title", "Later", "assignee", "bruno", "dueDate", TODAY.plusDays(10).toString()));
        String undated = addTask("alice", reference, Map.of("title", "Whenever", "assignee", "bruno"));
        String overdue = addTask("alice", reference, Map.of("title", "Overdue", "assignee", "bruno", "dueDate", TODAY.minusDays(1).toString()));
        String done = addTask("alice", reference, Map.of("title", "Done", "assignee", "bruno"));
        String alices = addTask("alice", reference, Map.of("title", "Alice's", "assignee", "alice"));
        api.as("bruno").post("/cases/" + reference + "/tasks/" + done + "/completion").then().statusCode(200);

        Response queue = api.as("bruno").get("/tasks/mine?limit=500");
        queue.then().statusCode(200).body("items.id", hasItems(later, undated, overdue))
                .body("items.id", not(hasItem(done))).body("items.id", not(hasItem(alices)))
                .body("items.find { it.id == '" + overdue + "' }.overdue", equalTo(true))
                .body("items.find { it.id == '" + overdue + "' }.caseReference", equalTo(reference))
                .body("items.find { it.id == '" + overdue + "' }.caseTitle", equalTo("Drones through Hong Kong"))
                .body("items.find { it.id == '" + later + "' }.overdue", equalTo(false));
        List<String> ids = queue.jsonPath().getList("items.id");
        assertTrue(ids.indexOf(overdue) < ids.indexOf(later) && ids.indexOf(later) < ids.indexOf(undated), ids.toString());
        api.as("alice").get("/tasks/mine?limit=500").then().statusCode(200).body("items.id", hasItem(alices))
                .body("items.id", not(hasItem(later)));
    }

    @Test
    void aCasePastItsDueDateIsOverdueUntilItIsClosed() {
        String reference = api.as("alice").body(Map.of("title", "Late case", "dueDate", TODAY.minusDays(2).toString()))
                .post("/cases").then().statusCode(201).body("overdue", equalTo(true)).extract().path("reference");
        api.as("carla").body(Map.of("rationale", "Nothing to pursue.")).post("/cases/" + reference + "/closure")
                .then().statusCode(200).body("overdue", equalTo(false));
        api.as("alice").body(Map.of("title", "Not yet due", "dueDate", TODAY.plusDays(2).toString()))
                .post("/cases").then().statusCode(201).body("overdue", equalTo(false));
    }

    @Test
    void aClosedCaseTakesNoNewTaskAndItsTasksStayAsTheyWere() {
        String reference = api.openCase("alice", "Closed with a task", List.of());
        String task = addTask("alice", reference, Map.of("title", "Never done", "assignee", "alice",
                "dueDate", TODAY.minusDays(3).toString()));
        api.as("carla").body(Map.of("rationale", "No evidence.")).post("/cases/" + reference + "/closure").then().statusCode(200);
        api.as("alice").body(Map.of("title", "One more thing")).post("/cases/" + reference + "/tasks").then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        api.as("alice").post("/cases/" + reference + "/tasks/" + task + "/completion").then().statusCode(409);
        api.as("alice").get("/cases/" + reference + "/tasks").then().statusCode(200)
                .body("[0].done", equalTo(false)).body("[0].overdue", equalTo(false));
        api.as("alice").get("/tasks/mine?limit=500").then().statusCode(200).body("items.id", not(hasItem(task)));
    }

    @Test
    void tasksGoOnlyToAnalystsAndSupervisorsOfTheCasesAgency() {
        String reference = api.openCase("alice", "Assignees", List.of());
        api.as("alice").body(Map.of("title", "For OSI", "assignee", "olga")).post("/cases/" + reference + "/tasks")
                .then().statusCode(422).body("detail", containsString("not an analyst or supervisor of agency ECA"));
        api.as("alice").body(Map.of("title", "For the auditor", "assignee", "erik")).post("/cases/" + reference + "/tasks")
                .then().statusCode(422);
        api.as("alice").body(Map.of("title", "For a supervisor", "assignee", "carla")).post("/cases/" + reference + "/tasks")
                .then().statusCode(201);
    }

    @Test
    void anotherAgencyFindsNoTasksAndAPartnerIsRefusedThem() {
        String reference = api.openCase("alice", "Shared, tasks internal", List.of());
        String task = addTask("alice", reference, Map.of("title", "Internal work", "assignee", "alice"));
        api.as("olga").get("/cases/" + reference + "/tasks").then().statusCode(404);
        api.as("olga").post("/cases/" + reference + "/tasks/" + task + "/completion").then().statusCode(404);
        api.as("paula").get("/cases/" + reference + "/tasks").then().statusCode(404);

        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/cases/" + reference + "/releasability").then().statusCode(200);
        api.as("paula").get("/cases/" + reference).then().statusCode(200).body("openTasks", nullValue());
        api.as("paula").get("/cases/" + reference + "/tasks").then().statusCode(403);
        api.as("paula").get("/cases/" + reference + "/tasks/" + task).then().statusCode(403);
        api.as("paula").body(Map.of("title", "Partner's idea")).post("/cases/" + reference + "/tasks").then().statusCode(403);
        api.as("paula").post("/cases/" + reference + "/tasks/" + task + "/completion").then().statusCode(403);
        api.as("paula").get("/tasks/mine").then().statusCode(200).body("total", equalTo(0));
        api.as("erik").post("/cases/" + reference + "/tasks/" + task + "/completion").then().statusCode(403);
    }
}
