package org.interdict.application.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.Page;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.NoReleases;
import org.interdict.application.security.Caller;
import org.interdict.application.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

class BackgroundJobsTest {

    /** Jobs handed to the executor wait here until the test runs them. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;
    private final Records records = new Records();
    private final AtomicLong waitingBeats = new AtomicLong();

    private BackgroundJobs jobs(Caller caller) {
        return new BackgroundJobs(records, new AccessPolicy(() -> caller, new NoReleases()), later, null) {
            @Override
            public synchronized void start() {
                // no scheduler here: the test calls beat() itself
            }
        };
    }

    private static Caller caller(Role role) {
        return new Caller(role.name().toLowerCase(), null, "ECA", Set.of(role));
    }

    @Test
    void aJobIsRecordedRunningOnThisNodeBeforeItRunsWithHeartbeatsAndDoneWithItsLastProgressAfter() {
        BackgroundJobs jobs = jobs(caller(Role.ANALYST));
        AtomicLong lines = new AtomicLong();
        List<Long> seenWhileRunning = new ArrayList<>();
        long id = jobs.submit(JobKind.IMPORT, "batch-1", "ECA", "alice", () -> {
            lines.set(1000);
            jobs.beat();
            seenWhileRunning.add(records.rows.get(1L).done);
            lines.set(2500);
            return null;
        }, () -> new BackgroundJobs.Progress(lines.get(), null), () -> waitingBeats.incrementAndGet());

        Records.Row row = records.rows.get(id);
        assertEquals(JobState.RUNNING, row.state, "recorded before the executor runs it");
        assertEquals(BackgroundJobs.nodeName(), row.node);
        assertEquals("alice", row.startedBy);
        assertEquals(1, queued.size());

        jobs.beat();
        assertEquals(1, waitingBeats.get(), "while it waits for a thread, the work's own record gets the heartbeat");
        assertEquals(0, row.done);

        queued.get(0).run();
        assertEquals(List.of(1000L), seenWhileRunning, "the heartbeat carries the progress");
        assertEquals(1, waitingBeats.get(), "a job that runs keeps its own heartbeat");
        assertEquals(JobState.DONE, row.state);
        assertEquals(2500, row.done, "its last progress");
        assertNull(row.error);
        lines.set(9999);
        jobs.beat();
        assertEquals(2500, row.done, "a finished job has no more heartbeats");
    }

    @Test
    void aJobThatAnswersAnErrorOrThrowsEndsFailedWithItsErrorAndTheNodeGoesOn() {
        BackgroundJobs jobs = jobs(caller(Role.ADMIN));
        long answered = jobs.submit(JobKind.IMPORT, "b", "ECA", "alice", () -> "The file could not be read to its end",
                () -> null, null);
        long thrown = jobs.submit(JobKind.REBUILD, "7", null, "fiona", () -> {
            throw new IllegalStateException("index gone");
        }, () -> new BackgroundJobs.Progress(10, 20L), null);
        queued.forEach(Runnable::run);

        assertEquals(JobState.FAILED, records.rows.get(answered).state);
        assertEquals("The file could not be read to its end", records.rows.get(answered).error);
        assertEquals(JobState.FAILED, records.rows.get(thrown).state);
        assertTrue(records.rows.get(thrown).error.contains("server log"), "never the exception's own text, which may be SQL");
        assertEquals(20L, records.rows.get(thrown).total);
    }

    @Test
    void periodicWorkIsScheduledNotSubmitted() {
        assertThrows(IllegalArgumentException.class, () -> jobs(caller(Role.ADMIN))
                .submit(JobKind.OUTBOX_DRAIN, null, null, null, () -> null, () -> null, null));
    }

    @Test
    void administratorsSeeEveryJobAuditorsTheirAgencysAndNobodyElseAny() {
        jobs(caller(Role.ADMIN)).list(0, 50);
        assertEquals(List.of("*"), records.listedFor);
        jobs(caller(Role.AUDITOR)).list(0, 50);
        assertEquals(List.of("*", "ECA"), records.listedFor);
        assertEquals(2, records.abandoned, "stale jobs are marked before each list");
        for (Role role : List.of(Role.ANALYST, Role.SUPERVISOR, Role.PARTNER)) {
            assertThrows(AccessDeniedException.class, () -> jobs(caller(role)).list(0, 50), role.name());
        }
    }

    @Test
    void aRoundOfPeriodicWorkIsWrittenToItsNodesRecordOnlyWhenWorthTelling() {
        BackgroundJobs jobs = jobs(caller(Role.ADMIN));
        Instant now = Instant.now();
        jobs.ran(JobKind.OUTBOX_DRAIN, new BackgroundJobRecords.Run(now, 3, 0, null));
        jobs.ran(JobKind.OUTBOX_DRAIN, new BackgroundJobRecords.Run(now, 3, 0, null));
        jobs.ran(JobKind.SAVED_SEARCH_ALERTS, new BackgroundJobRecords.Run(now, 3, 0, null));
        jobs.ran(JobKind.OUTBOX_DRAIN, new BackgroundJobRecords.Run(now, 40, 1000, null));
        assertEquals(List.of("OUTBOX_DRAIN 0", "SAVED_SEARCH_ALERTS 0", "OUTBOX_DRAIN 1000"), records.runs);
        assertTrue(records.runs.stream().noneMatch(r -> r.startsWith("IMPORT")));
    }

    /** The records in memory. */
    static class Records implements BackgroundJobRecords {

        static class Row {
            JobKind kind;
            JobState state;
            String node;
            String startedBy;
            long done;
            Long total;
            String error;
        }

        final Map<Long, Row> rows = new LinkedHashMap<>();
        final List<String> listedFor = new ArrayList<>();
        final List<String> runs = new ArrayList<>();
        int abandoned;

        @Override
        public long begin(JobKind kind, String reference, String agency, String startedBy, String node) {
            Row row = new Row();
            row.kind = kind;
            row.state = JobState.RUNNING;
            row.node = node;
            row.startedBy = startedBy;
            rows.put((long) rows.size() + 1, row);
            return rows.size();
        }

        @Override
        public void progress(long id, long done, Long total) {
            rows.get(id).done = done;
            rows.get(id).total = total;
        }

        @Override
        public void finish(long id, JobState state, String error) {
            rows.get(id).state = state;
            rows.get(id).error = error;
        }

        @Override
        public void ran(JobKind kind, String node, Run run) {
            runs.add(kind + " " + run.items());
        }

        @Override
        public void stopped(JobKind kind, String node) {
        }

        @Override
        public int abandonStale() {
            abandoned++;
            return 0;
        }

        @Override
        public Page<Job> list(String agency, int offset, int limit) {
            listedFor.add(agency == null ? "*" : agency);
            return new Page<>(List.of(), 0, offset, limit);
        }
    }
}
