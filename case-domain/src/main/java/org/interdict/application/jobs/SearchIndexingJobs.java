package org.interdict.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.ConflictException;
import org.interdict.application.search.SearchIndexer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drains the search outbox on every application node with {@value #WORKERS} workers, each a second
 * after its previous round ended (a fixed delay: a slow round is never overlapped by the next). Each
 * batch claims its outbox entries with row locks that other workers and nodes skip, so two never take
 * the same entries, and is its own transaction; documents carry the outbox id as their version, so the
 * newest change of a record wins whichever worker writes last. A round goes on while it finds full
 * batches, up to {@value #ROUND_SECONDS} seconds. Each batch also checks its records against saved
 * searches (the {@link JobKind#SAVED_SEARCH_ALERTS}), in its transaction.
 *
 * <p>Each node's record of {@link JobKind#OUTBOX_DRAIN} and {@link JobKind#SAVED_SEARCH_ALERTS} shows
 * its last run: when, how long, how many entries (records checked), and its last error.
 */
@ApplicationScoped
public class SearchIndexingJobs {

    static final int WORKERS = 2;
    static final int ROUND_SECONDS = 10;
    static final int STOP_WAIT_SECONDS = 30;
    static final String UNAVAILABLE = "The search engine did not answer; changes wait in the outbox.";
    static final String ROUND_FAILED = "A round failed (the database may not have answered); the server log has the details "
            + "under INTERDICT007002. The entries it held are due again.";

    private SearchIndexer indexer;
    private SearchRebuildJobs rebuilds;
    private BackgroundJobs jobs;

    private final Object preparing = new Object();
    private volatile boolean prepared;
    private final List<ScheduledFuture<?>> rounds = new ArrayList<>();
    /** Set when the application stops: no round starts any more, and one in progress ends after its batch. */
    private volatile boolean stopping;
    /** Rounds in progress, which {@link #stop} waits for: none may outlive the application's beans. */
    private final java.util.concurrent.atomic.AtomicInteger inProgress = new java.util.concurrent.atomic.AtomicInteger();

    /** For the CDI container's client proxy. */
    protected SearchIndexingJobs() {
    }

    @Inject
    public SearchIndexingJobs(SearchIndexer indexer, SearchRebuildJobs rebuilds, BackgroundJobs jobs) {
        this.indexer = indexer;
        this.rebuilds = rebuilds;
        this.jobs = jobs;
    }

    /** Schedules this node's workers; the deployment calls it once. */
    public synchronized void start() {
        if (!rounds.isEmpty()) {
            return;
        }
        for (int worker = 0; worker < WORKERS; worker++) {
            rounds.add(jobs.every(Duration.ofMillis(2000 + 500L * worker), Duration.ofSeconds(1), this::drain));
        }
        JobLog.LOG.started(jobs.node(), WORKERS + " outbox drain workers with saved-search alerts");
    }

    /**
     * Cancels this node's workers, waits (up to {@value #STOP_WAIT_SECONDS} s) for a round in progress to
     * end its batch, and marks its records stopped: a round must not outlive the application's beans.
     */
    public synchronized void stop() {
        stopping = true;
        rounds.forEach(round -> round.cancel(false));
        rounds.clear();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        synchronized (inProgress) {
            while (inProgress.get() > 0 && System.nanoTime() < deadline) {
                try {
                    inProgress.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (inProgress.get() > 0) {
            JobLog.LOG.roundsOutlivedStop(STOP_WAIT_SECONDS);
        }
        jobs.stopped(JobKind.OUTBOX_DRAIN);
        jobs.stopped(JobKind.SAVED_SEARCH_ALERTS);
    }

    /** One round of a worker, unless the application is stopping. */
    void drain() {
        inProgress.incrementAndGet();
        try {
            if (!stopping) {
                round();
            }
        } finally {
            synchronized (inProgress) {
                inProgress.decrementAndGet();
                inProgress.notifyAll();
            }
        }
    }

    /** Batches while they come full (and the application goes on), then the round's report. */
    private void round() {
        Instant started = Instant.now();
        long from = System.nanoTime();
        long entries = 0;
        long checked = 0;
        String error = null;
        try {
            if (!prepared()) {
                error = UNAVAILABLE;
            } else {
                long until = from + TimeUnit.SECONDS.toNanos(ROUND_SECONDS);
                SearchIndexer.Drained batch;
                do {
                    batch = indexer.drainOnce();
                    entries += batch.entries();
                    checked += batch.alertsChecked();
                } while (batch.entries() == SearchIndexer.BATCH && System.nanoTime() < until && !stopping);
            }
        } catch (RuntimeException e) {
            JobLog.LOG.roundFailed(JobKind.OUTBOX_DRAIN, e);
            // Never the exception's own text, which may be SQL: the log has it.
            error = ROUND_FAILED;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from);
        jobs.ran(JobKind.OUTBOX_DRAIN, new BackgroundJobRecords.Run(started, millis, entries, error));
        // The alerts run inside the drain's batches: a batch that failed rolled its alerts back with it.
        jobs.ran(JobKind.SAVED_SEARCH_ALERTS, new BackgroundJobRecords.Run(started, millis, checked, error));
    }

    /** Whether the indices are ready; the first worker to get here prepares them (and upgrades them if need be). */
    private boolean prepared() {
        synchronized (preparing) {
            if (!prepared) {
                SearchIndexer.Preparation preparation = indexer.prepare();
                if (preparation == SearchIndexer.Preparation.UNAVAILABLE) {
                    return false;
                }
                prepared = true;
                if (preparation == SearchIndexer.Preparation.OUTDATED) {
                    upgrade();
                }
            }
            return true;
        }
    }

    /** The indices predate this version's mapping: rebuild them while search answers from the old ones. */
    private void upgrade() {
        try {
            rebuilds.startForUpgrade();
        } catch (ConflictException e) {
            // Another node started it.
        }
    }
}
