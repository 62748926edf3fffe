package org.interdict.application.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the text read from each evidence file and where reading it stands. An item is queued when it is
 * attached; a node claims it (rows other nodes hold are skipped; a claim older than {@code stale} is
 * taken for a dead node's and claimed again), reads it outside any transaction, and records the text or
 * the reason it failed.
 */
public interface EvidenceTexts {

    /** Queues the item to be read (again): its earlier text, if any, stays until the new one replaces it. */
    void queue(UUID evidenceId);

    /**
     * The next item due, claimed by this node in the caller's transaction; empty when none is due. An item
     * whose claim went stale {@code maxAttempts} times (a reader that never ended with it) is given up as
     * FAILED instead of being claimed again.
     */
    Optional<Claim> claim(String node, Duration stale, int maxAttempts);

    /**
     * Records the text read from a claimed item; false (and nothing written) when the claim is no longer
     * this reader's (it went stale and another took it, or the item was queued again meanwhile).
     */
    boolean done(Claim claim, String node, TextExtraction.Extracted extracted, long millis);

    /**
     * Records that a claimed item could not be read, and why; text of an earlier reading stays. False when the
     * claim is no longer this reader's.
     */
    boolean failed(Claim claim, String node, String reason, long millis);

    /** Where reading each item stands (items without a row are absent). */
    Map<UUID, State> states(Collection<UUID> evidenceIds);

    /** The text read from each item that has one. */
    Map<UUID, String> texts(Collection<UUID> evidenceIds);

    /** Items waiting or being read, by status: for operators. */
    Map<TextStatus, Long> backlog();

    /** A claimed item: what the reader needs to find and read its file. */
    record Claim(UUID evidenceId, String sha256, String mediaType, String owningAgency, int attempt) {
    }

    /** Where reading one item stands, and what it found. */
    record State(TextStatus status, Instant queuedAt, Instant finishedAt, int attempts, String failure, String language,
            Boolean ocr, Boolean truncated, Integer characters, Long millis) {
    }
}
