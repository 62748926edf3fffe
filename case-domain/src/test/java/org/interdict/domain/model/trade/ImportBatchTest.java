package org.interdict.domain.model.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

class ImportBatchTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private ImportBatch running() {
        return ImportBatch.start(UUID.randomUUID(), "ECA", "declarations.csv", 2048, "ab".repeat(32), "UTF-8", ",", "alice",
                now);
    }

    @Test
    void aBatchStartsRunningWithNothingReadAndNoEnd() {
        ImportBatch batch = running();
        assertEquals(ImportStatus.RUNNING, batch.status());
        assertEquals(0, batch.linesRead());
        assertNull(batch.finishedAt());
        assertEquals(now, batch.heartbeatAt());
    }

    @Test
    void aBatchReadToItsEndIsDoneWithoutAnError() {
        ImportBatch batch = running();
        batch.finish(now.plusSeconds(5));
        assertEquals(ImportStatus.DONE, batch.status());
        assertEquals(now.plusSeconds(5), batch.finishedAt());
        assertNull(batch.error());
    }

    @Test
    void aFailedBatchSaysWhy() {
        ImportBatch batch = running();
        assertThrows(IllegalArgumentException.class, () -> batch.fail(" ", now));
        assertEquals(ImportStatus.RUNNING, batch.status());
        batch.fail("The file could not be read to its end.", now.plusSeconds(1));
        assertEquals(ImportStatus.FAILED, batch.status());
        assertEquals("The file could not be read to its end.", batch.error());
    }

    @Test
    void anEndedBatchNeverEndsAgain() {
        ImportBatch done = running();
        done.finish(now);
        assertThrows(IllegalStateException.class, () -> done.fail("late", now));
        assertThrows(IllegalStateException.class, () -> done.finish(now));
        assertThrows(IllegalStateException.class, () -> done.abandon(now.plus(ImportBatch.STALE_AFTER)));
        assertEquals(ImportStatus.DONE, done.status());

        ImportBatch failed = running();
        failed.fail("The database did not answer.", now);
        assertThrows(IllegalStateException.class, () -> failed.finish(now));
        assertEquals("The database did not answer.", failed.error());
    }

    @Test
    void onlyABatchWhoseNodeStoppedSendingHeartbeatsIsAbandoned() {
        ImportBatch batch = running();
        Instant almost = now.plus(ImportBatch.STALE_AFTER).minusSeconds(1);
        assertFalse(batch.isStale(almost));
        assertThrows(IllegalStateException.class, () -> batch.abandon(almost));
        assertEquals(ImportStatus.RUNNING, batch.status());

        Instant stale = now.plus(ImportBatch.STALE_AFTER);
        assertTrue(batch.isStale(stale));
        batch.abandon(stale);
        assertEquals(ImportStatus.FAILED, batch.status());
        assertEquals(ImportBatch.ABANDONED, batch.error());
        assertFalse(batch.isStale(stale.plusSeconds(600)), "an ended batch is not stale");
    }

    @Test
    void aStoredBatchHasAnEndExactlyWhenItEnded() {
        UUID id = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> ImportBatch.restore(id, "ECA", "f.csv", 1, "x", "UTF-8", ",",
                ImportStatus.DONE, "alice", now, now, null, 0, 0, 0, 0, 0, null));
        assertThrows(IllegalArgumentException.class, () -> ImportBatch.restore(id, "ECA", "f.csv", 1, "x", "UTF-8", ",",
                ImportStatus.RUNNING, "alice", now, now, now, 0, 0, 0, 0, 0, null));
        ImportBatch done = ImportBatch.restore(id, "ECA", "f.csv", 1, "x", "UTF-8", ",", ImportStatus.DONE, "alice", now, now,
                now, 10, 8, 1, 1, 0, null);
        assertEquals(8, done.stored());
        assertEquals(done, ImportBatch.restore(id, "ECA", "other.csv", 1, "x", "UTF-8", ",", ImportStatus.RUNNING, "bob", now,
                now, null, 0, 0, 0, 0, 0, null), "a batch is known by its id");
    }
}
