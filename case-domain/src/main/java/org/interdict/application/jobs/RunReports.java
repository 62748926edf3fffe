package org.interdict.application.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides which runs of one kind of periodic work on this node are worth writing down: every run
 * that handled something, every change of its error, and otherwise one run each
 * {@link #QUIET_EVERY} as its heartbeat, so that an idle poller does not write twice a second.
 */
final class RunReports {

    /** Well under {@link BackgroundJobRecords#STALE_AFTER_SECONDS}, so that an idle node never looks abandoned. */
    static final Duration QUIET_EVERY = Duration.ofSeconds(30);

    private Instant lastTold;
    private String lastError;

    /** Whether to write this run; if so, it counts as told. */
    synchronized boolean worthTelling(BackgroundJobRecords.Run run, Instant now) {
        boolean tell = run.items() > 0
                || !java.util.Objects.equals(run.error(), lastError)
                || lastTold == null
                || !now.isBefore(lastTold.plus(QUIET_EVERY));
        if (tell) {
            lastTold = now;
            lastError = run.error();
        }
        return tell;
    }

    /** The next run is told whatever it found (after the node's record was marked stopped). */
    synchronized void forget() {
        lastTold = null;
        lastError = null;
    }
}
