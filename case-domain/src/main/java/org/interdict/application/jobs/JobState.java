package org.interdict.application.jobs;

/**
 * Where a background job stands. A periodic kind's record is {@link #RUNNING} while its node runs
 * it, whatever its last run found; a job whose node stopped sending heartbeats becomes
 * {@link #ABANDONED} (a node that crashed, or a process killed).
 */
public enum JobState {

    /** Runs now (or, for periodic work, is scheduled on its node). */
    RUNNING,
    /** Ran to its end. */
    DONE,
    /** Stopped on an error, which the record names. */
    FAILED,
    /** Its node stopped sending heartbeats before the job ended. */
    ABANDONED,
    /** Its node shut the periodic work down (the application was undeployed or the server stopped). */
    STOPPED;

    /** Whether the job is over. */
    public boolean ended() {
        return this != RUNNING;
    }
}
