package org.interdict.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.interdict.application.evidence.EvidenceStore;
import org.interdict.application.evidence.EvidenceTextService;
import org.interdict.application.evidence.EvidenceTexts;
import org.interdict.application.evidence.TextExtraction;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads the text inside evidence files on every application node, one file at a time (reading, OCR
 * above all, takes a processor for seconds to minutes; analysts' requests keep the others): a worker
 * looks every {@value #POLL_SECONDS} s for items due, claims one (rows another node holds are skipped),
 * reads its file outside any transaction, and records the text or the reason it failed. An item whose
 * node died while reading it is taken again once its claim is stale ({@code interdict.evidence.text-claim-minutes}).
 *
 * <p>Each node's record of {@link JobKind#TEXT_EXTRACTION} shows its last run: how many items, how long,
 * its last error.
 */
@ApplicationScoped
public class EvidenceTextJobs {

    /** One indexed query a second per node: an upload's text is read within about a second. */
    static final int POLL_SECONDS = 1;
    static final int ROUND_SECONDS = 60;
    static final int STOP_WAIT_SECONDS = 20;
    static final String ROUND_FAILED = "A round failed (the database may not have answered); the server log has the details "
            + "under INTERDICT007002. The item it held is read again once its claim is stale.";

    private EvidenceTextService texts;
    private EvidenceStore store;
    private TextExtraction extraction;
    private BackgroundJobs jobs;
    private int maxCharacters;

    private ScheduledFuture<?> worker;
    private volatile boolean stopping;
    private volatile EvidenceTexts.Claim reading;
    private final Object running = new Object();
    private boolean inRound;

    /** For the CDI container's client proxy. */
    protected EvidenceTextJobs() {
    }

    @Inject
    public EvidenceTextJobs(EvidenceTextService texts, EvidenceStore store, TextExtraction extraction, BackgroundJobs jobs,
            @ConfigProperty(name = "interdict.evidence.text-limit", defaultValue = "1000000") int maxCharacters) {
        this.texts = texts;
        this.store = store;
        this.extraction = extraction;
        this.jobs = jobs;
        this.maxCharacters = maxCharacters;
    }

    /** Schedules this node's worker; the deployment calls it once. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        stopping = false;
        worker = jobs.every(Duration.ofSeconds(3), Duration.ofSeconds(POLL_SECONDS), this::round);
        JobLog.LOG.started(jobs.node(), "1 evidence text reader");
    }

    /**
     * Cancels the worker and waits (up to {@value #STOP_WAIT_SECONDS} s) for the item being read; one still
     * being read then stays claimed, and is read again once its claim is stale.
     */
    public synchronized void stop() {
        stopping = true;
        if (worker != null) {
            worker.cancel(false);
            worker = null;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        synchronized (running) {
            while (inRound && System.nanoTime() < deadline) {
                try {
                    running.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        EvidenceTexts.Claim left = reading;
        if (left != null) {
            JobLog.LOG.readingOutlivedStop(left.evidenceId(), STOP_WAIT_SECONDS);
        }
        jobs.stopped(JobKind.TEXT_EXTRACTION);
    }

    /** Items while they come (and the application goes on), up to {@value #ROUND_SECONDS} s, then the round's report. */
    void round() {
        synchronized (running) {
            if (stopping) {
                return;
            }
            inRound = true;
        }
        Instant started = Instant.now();
        long from = System.nanoTime();
        long items = 0;
        String error = null;
        try {
            long until = from + TimeUnit.SECONDS.toNanos(ROUND_SECONDS);
            while (!stopping && System.nanoTime() < until && readOne()) {
                items++;
            }
        } catch (RuntimeException e) {
            JobLog.LOG.roundFailed(JobKind.TEXT_EXTRACTION, e);
            error = ROUND_FAILED;
        } finally {
            reading = null;
            synchronized (running) {
                inRound = false;
                running.notifyAll();
            }
        }
        jobs.ran(JobKind.TEXT_EXTRACTION, new BackgroundJobRecords.Run(started,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from), items, error));
    }

    /** Claims and reads the next item; false when none was due. */
    boolean readOne() {
        Optional<EvidenceTexts.Claim> claimed = texts.claim(jobs.node());
        if (claimed.isEmpty()) {
            return false;
        }
        EvidenceTexts.Claim claim = claimed.get();
        reading = claim;
        long from = System.nanoTime();
        TextExtraction.Extracted extracted;
        try (InputStream content = store.open(claim.sha256())) {
            extracted = extraction.extract(content, claim.mediaType(), maxCharacters);
        } catch (java.nio.file.NoSuchFileException e) {
            failed(claim, "The file is missing from the evidence store; verify the item and tell an administrator.", from, e);
            return true;
        } catch (IOException e) {
            // The store's own message may name server paths: the log has it.
            failed(claim, "The file could not be read from the evidence store; the server log has the details under "
                    + "INTERDICT007006.", from, e);
            return true;
        } catch (TextExtraction.ExtractionFailedException e) {
            failed(claim, e.getMessage(), from, e);
            return true;
        } catch (ThreadDeath e) {
            throw e;
        } catch (Exception | Error e) {
            // A parser's defect or a file that exhausts it: this item fails, the reader goes on with the next.
            failed(claim, "The file could not be read (" + e.getClass().getSimpleName() + "); the server log has the details "
                    + "under INTERDICT007006.", from, e);
            return true;
        }
        texts.read(claim, jobs.node(), extracted, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from));
        return true;
    }

    private void failed(EvidenceTexts.Claim claim, String reason, long from, Throwable cause) {
        JobLog.LOG.textNotRead(claim.evidenceId(), claim.mediaType(), reason, cause);
        texts.failed(claim, jobs.node(), reason, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from));
    }
}
