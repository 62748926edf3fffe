package org.interdict.application.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.interdict.application.Page;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Role;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs background work on the container's managed executors and keeps its record for operators.
 * A one-off job (an import, a rebuild) is recorded as running on this node before it is handed to
 * the executor, sends a heartbeat with its progress every {@link #HEARTBEAT} while it runs, and ends
 * done or failed with its error. Periodic work (the outbox drain, saved-search alerts) is scheduled
 * here too and tells the record of its node about its runs. Which node runs a job is its own business
 * and never decides what it does: each kind claims what it works on in the database (see the kinds'
 * services), so that every node may run every kind at once.
 */
@ApplicationScoped
public class BackgroundJobs {

    /** WildFly's default managed executors, by the names its EE subsystem binds them under (as the data sources are looked up). */
    static final String EXECUTOR = "java:jboss/ee/concurrency/executor/default";
    static final String SCHEDULER = "java:jboss/ee/concurrency/scheduler/default";

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private BackgroundJobRecords records;
    private AccessPolicy access;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService managedExecutor;

    @Resource(lookup = SCHEDULER)
    ManagedScheduledExecutorService managedScheduler;

    /** The server's transaction manager: a task never starts or ends with a transaction on its thread. */
    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactions;

    private Executor executor;
    private ScheduledExecutorService scheduler;
    private final String node = nodeName();
    /** The one-off jobs of this node, from their submission (they may wait for a thread) to their end. */
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final Map<JobKind, RunReports> reports = new ConcurrentHashMap<>();
    private ScheduledFuture<?> heartbeat;
    private volatile boolean stopped;

    /** For the CDI container's client proxy. */
    protected BackgroundJobs() {
    }

    @Inject
    public BackgroundJobs(BackgroundJobRecords records, AccessPolicy access) {
        this.records = records;
        this.access = access;
    }

    /** For tests: runs on the given executors. */
    BackgroundJobs(BackgroundJobRecords records, AccessPolicy access, Executor executor, ScheduledExecutorService scheduler) {
        this(records, access);
        this.executor = executor;
        this.scheduler = scheduler;
    }

    @PostConstruct
    void useManagedExecutors() {
        if (executor == null) {
            executor = managedExecutor;
            scheduler = managedScheduler;
        }
    }

    /** How far a job got: items done, of a total when known. */
    public record Progress(long done, Long total) {
    }

    /** A one-off job of this node: whether a thread has taken it yet, how to read its progress. */
    private static final class Running {

        final Supplier<Progress> progress;
        final Runnable whileQueued;
        volatile boolean started;

        Running(Supplier<Progress> progress, Runnable whileQueued) {
            this.progress = progress;
            this.whileQueued = whileQueued;
        }
    }

    /** The name of this node: WildFly's {@code jboss.node.name}, else the host's name. */
    public String node() {
        return node;
    }

    /** Starts this node's heartbeat for its one-off jobs; the deployment calls it, {@link #submit} too. */
    public synchronized void start() {
        if (heartbeat == null && !stopped) {
            heartbeat = scheduler.scheduleWithFixedDelay(clean(this::beat), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops the heartbeat and the records' writes: the application is going, and its beans with it.
     * Jobs still running then end as abandoned unless they finish.
     */
    public synchronized void stop() {
        stopped = true;
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
    }

    /**
     * The task, run on a thread of the server's shared executors with no transaction before or after it:
     * work of an application that stopped while it ran can leave one behind on the thread, which would
     * otherwise hold its locks under the next task, of whichever deployment, until the reaper comes.
     */
    Runnable clean(Runnable task) {
        return () -> {
            endLeakedTransaction();
            try {
                task.run();
            } finally {
                endLeakedTransaction();
            }
        };
    }

    private void endLeakedTransaction() {
        if (transactions == null) {
            return;
        }
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                JobLog.LOG.leakedTransactionRolledBack();
                transactions.rollback();
            }
        } catch (SystemException | RuntimeException e) {
            try {
                transactions.suspend();
            } catch (SystemException | RuntimeException again) {
                // nothing more can be done for this thread
            }
        }
    }

    /**
     * Records a one-off job as running on this node and hands it to the managed executor.
     *
     * @param reference what it works on (e.g. an import's batch id), for operators to find it
     * @param agency    whose data it works on, or null for the system's work
     * @param work      runs the job; returns null when it succeeded, else its error in words for an operator
     * @param progress  how far it got; read on each heartbeat and at its end (may answer null)
     * @param whileQueued on each heartbeat while the job waits for a thread of the executor, e.g. the
     *                  heartbeat of the work's own record, lest it look abandoned; may be null
     * @return the job's id
     */
    public long submit(JobKind kind, String reference, String agency, String startedBy, Supplier<String> work,
            Supplier<Progress> progress, Runnable whileQueued) {
        if (kind.periodic()) {
            throw new IllegalArgumentException(kind + " runs periodically, not as a one-off job");
        }
        start();
        long id = records.begin(kind, reference, agency, startedBy, node);
        Running job = new Running(progress, whileQueued);
        running.put(id, job);
        try {
            executor.execute(clean(() -> {
                job.started = true;
                run(id, kind, reference, work, progress);
            }));
        } catch (RuntimeException e) {
            running.remove(id);
            tell(id, () -> records.finish(id, JobState.FAILED, "The server could not start it (too busy or shutting down)."));
            throw e;
        }
        return id;
    }

    private void run(long id, JobKind kind, String reference, Supplier<String> work, Supplier<Progress> progress) {
        String error;
        try {
            error = work.get();
        } catch (RuntimeException e) {
            JobLog.LOG.jobFailed(id, kind, reference, e);
            // Never the exception's own text, which may be SQL: the log has it under the job's id.
            error = "An internal error stopped it; the server log has the details under background job " + id + ".";
        } finally {
            running.remove(id);
        }
        report(id, progress);
        String failure = error;
        tell(id, () -> records.finish(id, failure == null ? JobState.DONE : JobState.FAILED, failure));
    }

    /** The heartbeat: each running job's progress; a job still waiting for a thread has done nothing yet. */
    void beat() {
        if (stopped) {
            return;
        }
        running.forEach((id, job) -> {
            if (job.started) {
                report(id, job.progress);
            } else {
                tell(id, () -> {
                    if (job.whileQueued != null) {
                        job.whileQueued.run();
                    }
                    records.progress(id, 0, null);
                });
            }
        });
    }

    private void report(long id, Supplier<Progress> progress) {
        tell(id, () -> {
            Progress now = progress.get();
            records.progress(id, now == null ? 0 : now.done(), now == null ? null : now.total());
        });
    }

    private void tell(long id, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            JobLog.LOG.recordNotWritten("#" + id, node, e.getMessage());
        }
    }

    /**
     * Runs the task every {@code delay} after the previous run ended, first after {@code initialDelay}. A run
     * that ends with an error (an exception the task let through, a linkage error, memory running out) is
     * logged and the next run comes as planned: an executor drops a periodic task for good after one.
     */
    public ScheduledFuture<?> every(Duration initialDelay, Duration delay, Runnable task) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                JobLog.LOG.periodicRunFailed(e);
            }
        };
        return scheduler.scheduleWithFixedDelay(clean(guarded), initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the task once, after the delay. */
    public void later(Duration delay, Runnable task) {
        scheduler.schedule(clean(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * An executor for short tasks that a job hands off while it goes on (e.g. a rebuild writing one
     * batch while it reads the next): the managed scheduled executor's threads, not those of the jobs,
     * so that a job waiting for its task never waits for a job to end. (WildFly's default executors
     * each have twice as many threads as the machine has processors, and queue the rest.)
     */
    public Executor helper() {
        return scheduler;
    }

    /** A run of periodic work on this node; written to its record when worth telling (see {@link RunReports}). */
    public void ran(JobKind kind, BackgroundJobRecords.Run run) {
        if (stopped) {
            return;
        }
        if (reports.computeIfAbsent(kind, k -> new RunReports()).worthTelling(run, Instant.now())) {
            try {
                records.ran(kind, node, run);
            } catch (RuntimeException e) {
                JobLog.LOG.recordNotWritten(kind.name(), node, e.getMessage());
            }
        }
    }

    /** This node no longer runs the periodic work. */
    public void stopped(JobKind kind) {
        reports.computeIfAbsent(kind, k -> new RunReports()).forget();
        try {
            records.stopped(kind, node);
        } catch (RuntimeException e) {
            JobLog.LOG.recordNotWritten(kind.name(), node, e.getMessage());
        }
    }

    /**
     * The background jobs, the most recently active first, for operators: administrators see every
     * job; auditors the system's and their agency's (an import belongs to the importing agency).
     */
    @Transactional
    public Page<BackgroundJobRecords.Job> list(int offset, int limit) {
        Page.checkWindow(offset, limit, Page.MAX_LIMIT);
        if (!access.canSeeBackgroundJobs()) {
            throw new AccessDeniedException("Only administrators and auditors follow the background jobs.");
        }
        records.abandonStale();
        return records.list(access.caller().hasRole(Role.ADMIN) ? null : access.caller().agency(), offset, limit);
    }

    static String nodeName() {
        String node = System.getProperty("jboss.node.name");
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
