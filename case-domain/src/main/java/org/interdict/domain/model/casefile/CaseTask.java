package org.interdict.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.interdict.domain.model.shared.Changes;
import org.interdict.domain.model.shared.PlainText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A piece of work to do on a case ("request the end-user certificate", "check the consignee's
 * registration"): a title, optionally someone to do it and a date to do it by, and whether it is done,
 * by whom and when. A task lives beside its case, with its own version; it changes only through its
 * {@link CaseFile} ({@link CaseFile#addTask}, {@link CaseFile#completeTask}, …), which refuses any
 * change once the case is closed.
 */
@Entity
@Table(name = "case_task")
public class CaseTask {

    static final int MAX_TITLE = 200;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "assignee", length = 100)
    private String assignee;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseTask() {
        // for JPA
    }

    CaseTask(UUID caseId, String title, String assignee, LocalDate dueDate, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = Objects.requireNonNull(caseId);
        this.title = checkedTitle(title);
        this.assignee = checkedAssignee(assignee);
        this.dueDate = PlainText.date(dueDate, "a task's due date");
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces title, assignee and due date (null: nobody, no date); returns what changed. */
    Changes edit(String newTitle, String newAssignee, LocalDate newDueDate, Instant now) {
        String t = checkedTitle(newTitle);
        String a = checkedAssignee(newAssignee);
        LocalDate d = PlainText.date(newDueDate, "a task's due date");
        Changes changes = new Changes().field("title", title, t).field("assignee", assignee, a).field("dueDate", dueDate, d);
        if (!changes.isEmpty()) {
            title = t;
            assignee = a;
            dueDate = d;
            updatedAt = now;
        }
        return changes;
    }

    /** Marks the task done; false if it already was (whoever did it stays the one who did). */
    boolean complete(String by, Instant now) {
        if (isDone()) {
            return false;
        }
        doneBy = Objects.requireNonNull(by);
        doneAt = now;
        updatedAt = now;
        return true;
    }

    /** Opens a done task again; false if it was open. */
    boolean reopen(Instant now) {
        if (!isDone()) {
            return false;
        }
        doneBy = null;
        doneAt = null;
        updatedAt = now;
        return true;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** An open task whose due date has passed; whether its case still counts it is {@link CaseFile#isOverdue(CaseTask, LocalDate)}. */
    boolean isPastDue(LocalDate today) {
        return !isDone() && dueDate != null && dueDate.isBefore(today);
    }

    private static String checkedTitle(String title) {
        if (PlainText.isBlank(title)) {
            throw new IllegalArgumentException("A task needs a title");
        }
        return PlainText.line(title, "a task title", MAX_TITLE);
    }

    private static String checkedAssignee(String assignee) {
        return PlainText.optionalLine(assignee, "a task's assignee", 100);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String title() {
        return title;
    }

    public String assignee() {
        return assignee;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CaseTask t && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CaseTask[" + id + " on " + caseId + (isDone() ? ", done" : "") + "]";
    }
}
