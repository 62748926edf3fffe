package org.interdict.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

class CaseTaskTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static CaseFile openCase(LocalDate due) {
        return new CaseFile("ICT-2026-000042", new CaseDetails("Drones via Hong Kong", null, Priority.HIGH, due, Set.of(), null),
                "ECA", "alice", NOW);
    }

    @Test
    void aTaskNeedsAVisibleTitleCleanedByThePlainTextRule() {
        CaseFile caseFile = openCase(null);
        assertThrows(IllegalArgumentException.class, () -> caseFile.addTask(" \u200B ", null, null, "alice", NOW));
        assertThrows(IllegalArgumentException.class, () -> caseFile.addTask("Check \u202Eredro", null, null, "alice", NOW));
        assertThrows(IllegalArgumentException.class, () -> caseFile.addTask("x".repeat(201), null, null, "alice", NOW));
        CaseTask task = caseFile.addTask("  Request the\nend-user certificate ", " bruno ", null, "alice", NOW);
        assertEquals("Request the end-user certificate", task.title());
        assertEquals("bruno", task.assignee());
        assertEquals(caseFile.id(), task.caseId());
        assertFalse(task.isDone());
    }

    @Test
    void aDueDateLiesWithinTheYearsPeopleMayMean() {
        CaseFile caseFile = openCase(null);
        assertThrows(IllegalArgumentException.class, () -> caseFile.addTask("Old", null, LocalDate.of(1989, 12, 31), "alice", NOW));
        assertThrows(IllegalArgumentException.class, () -> caseFile.addTask("Far", null, LocalDate.of(2101, 1, 1), "alice", NOW));
        assertEquals(LocalDate.of(2100, 12, 31), caseFile.addTask("Late", null, LocalDate.of(2100, 12, 31), "alice", NOW).dueDate());
    }

    @Test
    void completingIsIdempotentAndKeepsWhoDidItFirst() {
        CaseFile caseFile = openCase(null);
        CaseTask task = caseFile.addTask("Check registration", "alice", null, "alice", NOW);
        assertTrue(caseFile.completeTask(task, "alice", NOW.plusSeconds(60)));
        assertFalse(caseFile.completeTask(task, "bruno", NOW.plusSeconds(120)));
        assertEquals("alice", task.doneBy());
        assertEquals(NOW.plusSeconds(60), task.doneAt());
        assertTrue(caseFile.reopenTask(task, NOW.plusSeconds(180)));
        assertFalse(caseFile.reopenTask(task, NOW.plusSeconds(240)));
        assertNull(task.doneBy());
        assertNull(task.doneAt());
    }

    @Test
    void anEditReportsWhatChanged() {
        CaseFile caseFile = openCase(null);
        CaseTask task = caseFile.addTask("Check registration", "alice", null, "alice", NOW);
        assertTrue(caseFile.editTask(task, "Check registration", "alice", null, NOW).isEmpty());
        var changes = caseFile.editTask(task, "Check the registry", null, TODAY, NOW);
        assertEquals(Set.of("title", "assignee", "dueDate"), changes.asMap().keySet());
        assertNull(task.assignee());
        assertEquals(TODAY, task.dueDate());
    }

    @Test
    void aClosedCaseTakesNoNewTaskAndItsTasksNoLongerChange() {
        CaseFile caseFile = openCase(null);
        CaseTask task = caseFile.addTask("Check registration", "alice", TODAY.minusDays(1), "alice", NOW);
        caseFile.move(Transition.CLOSE_NO_ACTION, NOW);
        assertThrows(IllegalStateException.class, () -> caseFile.addTask("Late idea", null, null, "alice", NOW));
        assertThrows(IllegalStateException.class, () -> caseFile.completeTask(task, "alice", NOW));
        assertThrows(IllegalStateException.class, () -> caseFile.reopenTask(task, NOW));
        assertThrows(IllegalStateException.class, () -> caseFile.editTask(task, "New", null, null, NOW));
        assertFalse(caseFile.isOverdue(task, TODAY), "a closed case's tasks are frozen, not overdue");
    }

    @Test
    void aTaskIsOverdueWhenOpenPastItsDueDate() {
        CaseFile caseFile = openCase(null);
        CaseTask yesterday = caseFile.addTask("A", null, TODAY.minusDays(1), "alice", NOW);
        CaseTask today = caseFile.addTask("B", null, TODAY, "alice", NOW);
        CaseTask undated = caseFile.addTask("C", null, null, "alice", NOW);
        assertTrue(caseFile.isOverdue(yesterday, TODAY));
        assertFalse(caseFile.isOverdue(today, TODAY), "due today is not yet overdue");
        assertFalse(caseFile.isOverdue(undated, TODAY));
        caseFile.completeTask(yesterday, "alice", NOW);
        assertFalse(caseFile.isOverdue(yesterday, TODAY), "a done task is not overdue");
    }

    @Test
    void aTaskOfAnotherCaseIsRefused() {
        CaseFile caseFile = openCase(null);
        CaseFile other = new CaseFile("ICT-2026-000043", new CaseDetails("Other", null, Priority.LOW, null, Set.of(), null),
                "ECA", "alice", NOW);
        CaseTask task = other.addTask("Theirs", null, null, "alice", NOW);
        assertThrows(IllegalArgumentException.class, () -> caseFile.completeTask(task, "alice", NOW));
    }

    @Test
    void aCaseIsOverdueWhileWorkGoesOnPastItsDueDate() {
        assertTrue(openCase(TODAY.minusDays(1)).isOverdue(TODAY));
        assertFalse(openCase(TODAY).isOverdue(TODAY));
        assertFalse(openCase(null).isOverdue(TODAY));
        CaseFile closed = openCase(TODAY.minusDays(1));
        closed.move(Transition.CLOSE_NO_ACTION, NOW);
        assertFalse(closed.isOverdue(TODAY));
    }
}
