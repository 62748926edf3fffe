package org.interdict.domain.model.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.interdict.domain.model.shared.Changes;
import org.interdict.domain.model.shared.Releasability;
import org.interdict.domain.model.shared.Sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An investigation of suspected exporters, from the first signal to a published designation or a
 * closure. A case belongs to one agency; its subjects are the parties it is about; its state moves
 * only along the {@link Workflow}, one {@link Transition} at a time.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    static final int MAX_TAGS = 30;

    @Id
    private UUID id;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", length = 10000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private Priority priority;

    @Column(name = "owning_agency", nullable = false, length = 32)
    private String owningAgency;

    @Column(name = "assignee", length = 100)
    private String assignee;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @ElementCollection
    @CollectionTable(name = "case_tag", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "case_subject", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "party_id")
    private Set<UUID> subjects = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "releasability", nullable = false, length = 16)
    private Releasability releasability = Releasability.INTERNAL;

    @ElementCollection
    @CollectionTable(name = "case_share", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "agency", length = 32)
    private Set<String> sharedWith = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseFile() {
        // for JPA
    }

    /** Opens a case in the given agency; the opener is its first assignee unless another is named. */
    public CaseFile(String reference, CaseDetails details, String owningAgency, String openedBy, Instant now) {
        if (!CaseReference.isWellFormed(reference)) {
            throw new IllegalArgumentException("Malformed case reference " + reference);
        }
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.status = CaseStatus.OPEN;
        this.owningAgency = Objects.requireNonNull(owningAgency);
        this.createdBy = Objects.requireNonNull(openedBy);
        this.createdAt = now;
        apply(details, now);
        if (this.assignee == null) {
            this.assignee = openedBy;
        }
    }

    /** Replaces the editable description of the case; returns what changed. */
    public Changes edit(CaseDetails details, Instant now) {
        requireNotFinal();
        Changes changes = new Changes()
                .field("title", title, details.title())
                .field("summary", summary, details.summary())
                .field("priority", priority, details.priority())
                .field("dueDate", dueDate, details.dueDate())
                .field("tags", new TreeSet<>(tags), new TreeSet<>(details.tags()));
        if (details.assignee() != null) {
            changes.field("assignee", assignee, details.assignee());
        }
        if (!changes.isEmpty()) {
            apply(details, now);
        }
        return changes;
    }

    public Changes assignTo(String newAssignee, Instant now) {
        requireNotFinal();
        Changes changes = new Changes().field("assignee", assignee, newAssignee);
        this.assignee = newAssignee;
        this.updatedAt = now;
        return changes;
    }

    /** Names a party as a subject of the case; false if it already was. */
    public boolean addSubject(UUID partyId, Instant now) {
        requireOpenForWork();
        boolean added = subjects.add(Objects.requireNonNull(partyId));
        if (added) {
            updatedAt = now;
        }
        return added;
    }

    /** Removes a party from the subjects; false if it was not one. */
    public boolean removeSubject(UUID partyId, Instant now) {
        requireOpenForWork();
        boolean removed = subjects.remove(partyId);
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    /**
     * Moves the case along the workflow. The caller has already checked the step with
     * {@link Workflow#check}; this re-checks that the step applies to the current state, since the
     * state is what concurrent requests race on.
     */
    public Changes move(Transition transition, Instant now) {
        if (!transition.from().contains(status)) {
            throw new IllegalStateException(transition + " does not apply to a case that is " + status);
        }
        Changes changes = new Changes().field("status", status, transition.to());
        this.status = transition.to();
        this.updatedAt = now;
        return changes;
    }

    /**
     * Shares the case with named partner agencies, or withdraws it (INTERNAL). What a shared case
     * shows (its description and subjects) becomes visible to them; its notes, proposals and audit
     * trail never do.
     */
    public Changes releaseTo(Releasability newReleasability, Set<String> agencies, Instant now) {
        Sharing.Release release = Sharing.release(releasability, sharedWith, newReleasability, agencies, owningAgency);
        releasability = release.releasability();
        sharedWith = release.sharedWith();
        updatedAt = now;
        return release.changes();
    }

    /** Whether the case is released to the agency (beyond its owner). */
    public boolean isSharedWith(String agency) {
        return releasedTo().contains(agency);
    }

    /** The agencies the record is released to now: none while it is internal. */
    public Set<String> releasedTo() {
        return Sharing.Release.effective(releasability, sharedWith);
    }

    /** A case whose subjects may still change: not yet proposed, approved or closed. */
    public boolean isOpenForWork() {
        return status == CaseStatus.OPEN || status == CaseStatus.INVESTIGATING || status == CaseStatus.RETURNED;
    }

    /** A closed case (after a rejection, or without action) takes no more notes. */
    public boolean isClosed() {
        return status.isClosed();
    }

    /** Refuses a note on a closed case: its file is complete; new findings belong in a new case. */
    public void requireOpenForNotes() {
        if (isClosed()) {
            throw new IllegalStateException("Case " + reference + " is " + Workflow.label(status)
                    + " and takes no more notes; open a new case for new findings.");
        }
    }

    /**
     * A case is overdue when its due date has passed while work on it goes on: a closed or designated
     * case is finished, whatever its due date said.
     */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !isClosed() && status != CaseStatus.DESIGNATED;
    }

    /** A task of this case is overdue when it is open past its due date and the case is not closed (its tasks are frozen then). */
    public boolean isOverdue(CaseTask task, LocalDate today) {
        requireOwn(task);
        return !isClosed() && task.isPastDue(today);
    }

    /** A new task on the case; refused once the case is closed. The assignee has been checked by the caller. */
    public CaseTask addTask(String title, String assignee, LocalDate due, String createdBy, Instant now) {
        requireOpenForTasks();
        return new CaseTask(id, title, assignee, due, createdBy, now);
    }

    /** Replaces a task's title, assignee and due date; returns what changed. */
    public Changes editTask(CaseTask task, String title, String assignee, LocalDate due, Instant now) {
        requireOwn(task);
        requireOpenForTasks();
        return task.edit(title, assignee, due, now);
    }

    /** Marks a task done; false if it already was, so that two people completing it at once record it once. */
    public boolean completeTask(CaseTask task, String by, Instant now) {
        requireOwn(task);
        requireOpenForTasks();
        return task.complete(by, now);
    }

    /** Opens a done task again; false if it was open. */
    public boolean reopenTask(CaseTask task, Instant now) {
        requireOwn(task);
        requireOpenForTasks();
        return task.reopen(now);
    }

    /** A closed case's tasks are frozen with its file, like its notes. */
    private void requireOpenForTasks() {
        if (isClosed()) {
            throw new IllegalStateException("Case " + reference + " is " + Workflow.label(status)
                    + ": its tasks no longer change; open a new case for new work.");
        }
    }

    private void requireOwn(CaseTask task) {
        if (!id.equals(task.caseId())) {
            throw new IllegalArgumentException("Task " + task.id() + " belongs to another case than " + reference);
        }
    }

    private void requireNotFinal() {
        if (status.isFinal()) {
            throw new IllegalStateException("Case " + reference + " is " + Workflow.label(status)
                    + ": its description and assignee no longer change.");
        }
    }

    private void requireOpenForWork() {
        if (!isOpenForWork()) {
            throw new IllegalStateException("The subjects of a case that is " + Workflow.label(status)
                    + " cannot change; they can while it is open, under investigation or returned.");
        }
    }

    private void apply(CaseDetails details, Instant now) {
        this.title = details.title();
        this.summary = details.summary();
        this.priority = details.priority();
        this.dueDate = details.dueDate();
        this.tags = new TreeSet<>(details.tags());
        if (details.assignee() != null) {
            this.assignee = details.assignee();
        }
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public CaseStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public String owningAgency() {
        return owningAgency;
    }

    public String assignee() {
        return assignee;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Set<String> tags() {
        return Collections.unmodifiableSet(tags);
    }

    public Releasability releasability() {
        return releasability;
    }

    public Set<String> sharedWith() {
        return Collections.unmodifiableSet(sharedWith);
    }

    public Set<UUID> subjects() {
        return Collections.unmodifiableSet(subjects);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CaseFile c && reference.equals(c.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return "Case[" + reference + ", " + status + "]";
    }
}
