package org.interdict.application.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.InvalidInputException;
import org.interdict.application.Page;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.StaleVersionException;
import org.interdict.application.VersionRequiredException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.identity.UserDirectory;
import org.interdict.application.projection.RecordType;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Caller;
import org.interdict.application.security.InternalField;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.casefile.CaseTask;
import org.interdict.domain.model.shared.PlainText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Tasks on cases: who is to do what by when. Analysts and supervisors of the case's agency add, edit,
 * complete and reopen them; its auditors read them; partners never see them (an {@link InternalField}).
 * Tasks go only to an analyst or supervisor of the case's agency, like the case itself. Every change is
 * an event in the case's audit trail. A closed case's tasks are frozen (409).
 *
 * <p>A task lives beside its case: adding or changing one does not change the case's version. An edit
 * needs the task's own version (If-Match), since two people rewording a task would otherwise overwrite
 * each other unseen. Completing and reopening need none: they are idempotent (completing a done task
 * changes nothing and records nothing), and the task's row is locked while they run, so that two
 * analysts completing the same task at once record it done once, by whoever came first.
 */
@ApplicationScoped
@Transactional
public class CaseTaskService {

    private static final String TARGET = CaseService.TARGET;
    private static final int MAX_PAGE = 500;

    private CaseRepository cases;
    private AccessPolicy access;
    private AuditRecorder audit;
    private UserDirectory directory;

    /** For the CDI container's client proxy. */
    protected CaseTaskService() {
    }

    @Inject
    public CaseTaskService(CaseRepository cases, AccessPolicy access, AuditRecorder audit, UserDirectory directory) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.directory = directory;
    }

    /** The tasks of a case, oldest first: its own agency's readers only. */
    public List<TaskView> tasks(String reference) {
        CaseFile caseFile = readable(reference);
        return cases.tasksOf(caseFile.id()).stream().map(t -> TaskView.of(t, caseFile, CaseService.today())).toList();
    }

    public TaskView task(String reference, UUID taskId) {
        CaseFile caseFile = readable(reference);
        return TaskView.of(task(caseFile, taskId, false), caseFile, CaseService.today());
    }

    /**
     * The caller's open tasks on their agency's cases that are not closed: overdue ones first, then by
     * due date, tasks without one last.
     */
    public Page<TaskView> mine(int offset, int limit) {
        Page.checkWindow(offset, limit, MAX_PAGE);
        Caller caller = access.caller();
        if (caller.agency() == null || !access.canRead(caller.agency())) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        var today = CaseService.today();
        List<TaskView> items = cases.openTasksOf(caller.agency(), caller.username(), offset, limit).stream()
                .map(a -> TaskView.of(a.task(), a.caseFile(), today)).toList();
        return new Page<>(items, cases.countOpenTasksOf(caller.agency(), caller.username()), offset, limit);
    }

    public TaskView add(String reference, TaskInput input) {
        CaseFile caseFile = workable(reference, "add tasks to cases");
        String assignee = assignee(input.assignee(), caseFile);
        CaseTask task = guarded(() -> InvalidInputException.check(() -> caseFile.addTask(input.title(), assignee,
                input.dueDate(), access.caller().username(), CaseService.now())));
        cases.add(task);
        Map<String, Object> facts = new HashMap<>();
        facts.put("task", task.id().toString());
        facts.put("title", task.title());
        facts.put("assignee", task.assignee());
        facts.put("dueDate", task.dueDate() == null ? null : task.dueDate().toString());
        audit.event("TASK_ADDED", TARGET, reference, facts);
        cases.flush();
        return TaskView.of(task, caseFile, CaseService.today());
    }

    /** Replaces the task's title, assignee and due date (absent: nobody, no date), from the version the caller read. */
    public TaskView edit(String reference, UUID taskId, Long expectedVersion, TaskInput input) {
        CaseFile caseFile = workable(reference, "change tasks of cases");
        CaseTask task = task(caseFile, taskId, false);
        if (expectedVersion == null) {
            throw new VersionRequiredException("task " + taskId);
        }
        if (expectedVersion != task.version()) {
            throw new StaleVersionException("Task " + taskId, task.version());
        }
        String assignee = input.assignee() == null || PlainText.isBlank(input.assignee())
                || input.assignee().strip().equals(task.assignee()) ? input.assignee() : assignee(input.assignee(), caseFile);
        var changes = guarded(() -> InvalidInputException.check(() -> caseFile.editTask(task, input.title(), assignee,
                input.dueDate(), CaseService.now())));
        if (!changes.isEmpty()) {
            Map<String, Object> facts = new HashMap<>();
            facts.put("task", task.id().toString());
            // The audit trail's details are name/value pairs: each changed field as "field.before" and "field.after".
            changes.asMap().forEach((field, change) -> {
                facts.put(field + ".before", change.before() == null ? null : change.before().toString());
                facts.put(field + ".after", change.after() == null ? null : change.after().toString());
            });
            audit.event("TASK_CHANGED", TARGET, reference, facts);
            cases.flush();
        }
        return TaskView.of(task, caseFile, CaseService.today());
    }

    /** Marks the task done. Idempotent: a done task stays done by whoever did it, and nothing more is recorded. */
    public TaskView complete(String reference, UUID taskId) {
        CaseFile caseFile = workable(reference, "complete tasks of cases");
        CaseTask task = task(caseFile, taskId, true);
        if (guarded(() -> caseFile.completeTask(task, access.caller().username(), CaseService.now()))) {
            audit.event("TASK_DONE", TARGET, reference, Map.of("task", task.id().toString(), "title", task.title()));
            cases.flush();
        }
        return TaskView.of(task, caseFile, CaseService.today());
    }

    /** Opens a done task again. Idempotent: an open task stays as it is. */
    public TaskView reopen(String reference, UUID taskId) {
        CaseFile caseFile = workable(reference, "reopen tasks of cases");
        CaseTask task = task(caseFile, taskId, true);
        if (guarded(() -> caseFile.reopenTask(task, CaseService.now()))) {
            audit.event("TASK_REOPENED", TARGET, reference, Map.of("task", task.id().toString(), "title", task.title()));
            cases.flush();
        }
        return TaskView.of(task, caseFile, CaseService.today());
    }

    // ---------------------------------------------------------------------------------------------

    private CaseFile visible(String reference) {
        return cases.findByReference(reference)
                .filter(c -> access.canSee(RecordType.CASE, c.id(), c.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
    }

    /** A case whose tasks the caller may read: partners that see a shared case are refused, like for its notes. */
    private CaseFile readable(String reference) {
        CaseFile caseFile = visible(reference);
        if (!access.canRead(caseFile.owningAgency())) {
            throw new AccessDeniedException("Tasks of a case stay within the agency that owns it (" + caseFile.owningAgency() + ").");
        }
        return caseFile;
    }

    private CaseFile workable(String reference, String what) {
        CaseFile caseFile = visible(reference);
        access.requireWork(caseFile.owningAgency(), what);
        return caseFile;
    }

    private CaseTask task(CaseFile caseFile, UUID taskId, boolean lock) {
        return (lock ? cases.findTaskForUpdate(caseFile.id(), taskId) : cases.findTask(caseFile.id(), taskId))
                .orElseThrow(() -> new RecordNotFoundException("task", taskId + " on case " + caseFile.reference()));
    }

    /** Null for nobody; otherwise an analyst or supervisor of the case's agency, as the directory spells the name. */
    private String assignee(String named, CaseFile caseFile) {
        if (named == null || PlainText.isBlank(named)) {
            return null;
        }
        String checked = InvalidInputException.check(() -> PlainText.line(named, "the assignee", 100));
        return Assignees.require(directory, checked, caseFile.owningAgency(), "a task");
    }

    private static <T> T guarded(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
