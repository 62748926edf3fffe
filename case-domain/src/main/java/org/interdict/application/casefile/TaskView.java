package org.interdict.application.casefile;

import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseTask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task on a case, with the case it is on (so that a queue of tasks across cases can link to each),
 * whether it is overdue today, and its own version (its ETag: an edit sends it back as If-Match).
 */
public record TaskView(UUID id, String caseReference, String caseTitle, String title, String assignee, LocalDate dueDate,
        boolean done, String doneBy, Instant doneAt, boolean overdue, String createdBy, Instant createdAt,
        Instant updatedAt, long version) {

    static TaskView of(CaseTask task, CaseFile caseFile, LocalDate today) {
        return new TaskView(task.id(), caseFile.reference(), caseFile.title(), task.title(), task.assignee(), task.dueDate(),
                task.isDone(), task.doneBy(), task.doneAt(), caseFile.isOverdue(task, today), task.createdBy(),
                task.createdAt(), task.updatedAt(), task.version());
    }
}
