package org.interdict.application.jobs;

import org.interdict.application.Page;

import java.time.Instant;

/**
 * Port: the record of background jobs that every node writes and any node reads. A one-off job
 * (an import, a rebuild) has one record from start to end; periodic work has one record per node and
 * kind, overwritten by each run that is worth telling. A job whose record has had no heartbeat for
 * {@link #STALE_AFTER_SECONDS} seconds counts as abandoned: its node stopped.
 */
public interface BackgroundJobRecords {

    long STALE_AFTER_SECONDS = 120;

    /** Records a one-off job as running on the node; returns its id. */
    long begin(JobKind kind, String reference, String agency, String startedBy, String node);

    /** How far a running job got; also its heartbeat. {@code total} may be null (not known). */
    void progress(long id, long done, Long total);

    /** The job ended: {@link JobState#DONE} or {@link JobState#FAILED} with its error. */
    void finish(long id, JobState state, String error);

    /**
     * One run of periodic work on a node: creates or overwrites the node's record of the kind. The
     * record stays {@link JobState#RUNNING}; its start is kept while it was running, else set anew.
     */
    void ran(JobKind kind, String node, Run run);

    /** The node no longer runs this periodic work. */
    void stopped(JobKind kind, String node);

    /** Marks running jobs without a recent heartbeat as {@link JobState#ABANDONED}; returns how many. */
    int abandonStale();

    /**
     * Jobs, the most recently active first: all of them when {@code agency} is null, else those of no
     * agency (the system's) and those of the agency.
     */
    Page<Job> list(String agency, int offset, int limit);

    /** One run of periodic work: when it started, how long it took, how many items it handled, and its error if any. */
    record Run(Instant startedAt, long millis, long items, String error) {
    }

    /**
     * A background job as operators see it.
     *
     * @param reference   what the job works on (an import's batch id, a rebuild's id); null for periodic work
     * @param agency      the agency whose data it works on; null for the system's work
     * @param startedAt   when the job started; for periodic work, since when its node runs it
     * @param heartbeatAt the last sign of life from its node
     * @param done        items done: records so far (one-off), items handled since start (periodic)
     * @param total       items to do, when known
     * @param lastRunAt   periodic work: when its last reported run started
     * @param error       the job's error; for periodic work, the last run's that failed
     * @param errorAt     when that error happened
     */
    record Job(long id, JobKind kind, JobState state, String node, String reference, String agency, String startedBy,
            Instant startedAt, Instant heartbeatAt, Instant finishedAt, long done, Long total, Instant lastRunAt,
            Long lastRunMillis, Long lastRunItems, String error, Instant errorAt) {
    }
}
