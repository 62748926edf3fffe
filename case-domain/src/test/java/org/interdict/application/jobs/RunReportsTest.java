package org.interdict.application.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;

class RunReportsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static BackgroundJobRecords.Run run(long items, String error) {
        return new BackgroundJobRecords.Run(T0, 5, items, error);
    }

    @Test
    void anIdlePollerWritesItsFirstRunThenOnlyAHeartbeatEveryThirtySeconds() {
        RunReports reports = new RunReports();
        assertTrue(reports.worthTelling(run(0, null), T0), "the first run shows the node runs it");
        assertFalse(reports.worthTelling(run(0, null), T0.plusSeconds(1)));
        assertFalse(reports.worthTelling(run(0, null), T0.plusSeconds(29)));
        assertTrue(reports.worthTelling(run(0, null), T0.plusSeconds(30)), "the quiet heartbeat");
        assertFalse(reports.worthTelling(run(0, null), T0.plusSeconds(31)));
    }

    @Test
    void everyRunThatHandledSomethingIsWritten() {
        RunReports reports = new RunReports();
        reports.worthTelling(run(0, null), T0);
        assertTrue(reports.worthTelling(run(1000, null), T0.plusSeconds(1)));
        assertTrue(reports.worthTelling(run(3, null), T0.plusSeconds(2)));
    }

    @Test
    void aNewErrorAndTheRecoveryFromItAreWrittenAtOnceButTheSameErrorOnlyAsTheHeartbeat() {
        RunReports reports = new RunReports();
        reports.worthTelling(run(0, null), T0);
        assertTrue(reports.worthTelling(run(0, "down"), T0.plusSeconds(1)), "a new error");
        assertFalse(reports.worthTelling(run(0, "down"), T0.plusSeconds(2)), "the same error again");
        assertTrue(reports.worthTelling(run(0, "refused"), T0.plusSeconds(3)), "another error");
        assertTrue(reports.worthTelling(run(0, null), T0.plusSeconds(4)), "recovered");
    }

    @Test
    void afterAStopTheNextRunIsWrittenWhateverItFound() {
        RunReports reports = new RunReports();
        reports.worthTelling(run(0, null), T0);
        reports.forget();
        assertTrue(reports.worthTelling(run(0, null), T0.plusSeconds(1)));
    }
}
