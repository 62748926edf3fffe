package org.interdict.domain.model.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: cases, their notes, tasks and proposals. */
public interface CaseRepository {

    /** The next number of the case reference sequence (unique across nodes). */
    long nextNumber();

    void add(CaseFile caseFile);

    Optional<CaseFile> findByReference(String reference);

    Optional<CaseFile> findById(UUID id);

    /** The case, with its row locked until the transaction ends: concurrent state changes queue up. */
    Optional<CaseFile> findByReferenceForUpdate(String reference);

    /** Writes pending changes now, so that a concurrent edit is detected inside the caller's request. */
    void flush();

    /** Cases that match the filter, in its order, one page of it. */
    List<CaseFile> list(CaseFilter filter);

    long count(CaseFilter filter);

    void add(CaseNote note);

    List<CaseNote> notesOf(UUID caseId);

    void add(CaseTask task);

    /** The tasks of a case, oldest first. */
    List<CaseTask> tasksOf(UUID caseId);

    Optional<CaseTask> findTask(UUID caseId, UUID taskId);

    /** The task, with its row locked until the transaction ends: two people completing it are served one after the other. */
    Optional<CaseTask> findTaskForUpdate(UUID caseId, UUID taskId);

    /** How many open tasks each of the cases has (cases without any are left out). */
    Map<UUID, Long> openTaskCounts(Collection<UUID> caseIds);

    /**
     * The open tasks assigned to the user on cases of the agency that are not closed, with their cases:
     * earliest due date first (so overdue ones lead), tasks without a due date last, the most recently
     * added first among equals; one page of them.
     */
    List<AssignedTask> openTasksOf(String agency, String assignee, int offset, int limit);

    long countOpenTasksOf(String agency, String assignee);

    /** A task with the case it is on. */
    record AssignedTask(CaseTask task, CaseFile caseFile) {
    }

    void add(Proposal proposal);

    List<Proposal> proposalsOf(UUID caseId);

    /** The proposal of the case that waits for a decision, if any. */
    Optional<Proposal> pendingProposalOf(UUID caseId);

    /**
     * What a list of cases is narrowed by. Null fields do not narrow. A case matches when its owning
     * agency is one of {@code agencies}, or when it is shared with {@code sharedWith}; the access
     * policy fills both, so at least one of them names something. {@code excludeProposedBy} leaves out cases whose pending proposal was
     * made by that person (a supervisor's "awaiting my decision" queue).
     */
    record CaseFilter(List<String> agencies, List<CaseStatus> statuses, String assignee, UUID subject,
            LocalDate dueBefore, String excludeProposedBy, Sort sort, int offset, int limit, String sharedWith,
            List<Priority> priorities, String tag) {

        public CaseFilter(List<String> agencies, List<CaseStatus> statuses, String assignee, UUID subject,
                LocalDate dueBefore, String excludeProposedBy, Sort sort, int offset, int limit, String sharedWith) {
            this(agencies, statuses, assignee, subject, dueBefore, excludeProposedBy, sort, offset, limit, sharedWith, null, null);
        }

        public CaseFilter(List<String> agencies, List<CaseStatus> statuses, String assignee, UUID subject,
                LocalDate dueBefore, String excludeProposedBy, Sort sort, int offset, int limit) {
            this(agencies, statuses, assignee, subject, dueBefore, excludeProposedBy, sort, offset, limit, null);
        }
    }

    /** The orders a list of cases can come in. */
    enum Sort {
        REFERENCE, REFERENCE_DESC, DUE_DATE, DUE_DATE_DESC, UPDATED, UPDATED_DESC, PRIORITY, PRIORITY_DESC
    }
}
