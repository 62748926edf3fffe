package org.interdict.domain.model.trade;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One import of a customs file into an agency's trade records: which file (name, size, SHA-256, how
 * it was read), who started it and when, how far it got, and how it ended. A batch runs until its
 * file is read ({@link #finish}), stops for a reason of the file or the system ({@link #fail}), or is
 * abandoned when the node running it stopped sending heartbeats for {@link #STALE_AFTER}
 * ({@link #abandon}); an ended batch never changes again.
 *
 * <p>The counts are the running import's heartbeat: they are written as chunks are stored, not
 * through this object.
 */
public final class ImportBatch {

    /** How long a running batch may go without a heartbeat before it counts as abandoned. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(120);
    /** Why an abandoned batch failed, in words for the person who started it. */
    public static final String ABANDONED = "Interrupted: the server running it stopped. Import the file again: lines already "
            + "stored are skipped.";

    private final UUID id;
    private final String agency;
    private final String fileName;
    private final long fileBytes;
    private final String fileSha256;
    private final String encoding;
    private final String delimiter;
    private final String startedBy;
    private final Instant startedAt;
    private final Instant heartbeatAt;
    private final long linesRead;
    private final long stored;
    private final long rejected;
    private final long duplicates;
    private final long bytesRead;
    private ImportStatus status;
    private Instant finishedAt;
    private String error;

    private ImportBatch(UUID id, String agency, String fileName, long fileBytes, String fileSha256, String encoding,
            String delimiter, ImportStatus status, String startedBy, Instant startedAt, Instant heartbeatAt,
            Instant finishedAt, long linesRead, long stored, long rejected, long duplicates, long bytesRead, String error) {
        this.id = Objects.requireNonNull(id, "An import batch needs an id");
        this.agency = Objects.requireNonNull(agency, "An import batch belongs to an agency");
        this.fileName = Objects.requireNonNull(fileName, "An import batch names its file");
        this.fileBytes = fileBytes;
        this.fileSha256 = fileSha256;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.status = Objects.requireNonNull(status, "An import batch has a status");
        this.startedBy = Objects.requireNonNull(startedBy, "An import batch names who started it");
        this.startedAt = Objects.requireNonNull(startedAt, "An import batch has a start");
        this.heartbeatAt = heartbeatAt == null ? startedAt : heartbeatAt;
        this.finishedAt = finishedAt;
        this.linesRead = linesRead;
        this.stored = stored;
        this.rejected = rejected;
        this.duplicates = duplicates;
        this.bytesRead = bytesRead;
        this.error = error;
        if (status.isFinal() != (finishedAt != null)) {
            throw new IllegalArgumentException("An import batch has an end exactly when it is " + ImportStatus.DONE + " or "
                    + ImportStatus.FAILED + " (it is " + status + ")");
        }
    }

    /** A batch that starts now: running, nothing read yet. */
    public static ImportBatch start(UUID id, String agency, String fileName, long fileBytes, String fileSha256, String encoding,
            String delimiter, String startedBy, Instant now) {
        return new ImportBatch(id, agency, fileName, fileBytes, fileSha256, encoding, delimiter, ImportStatus.RUNNING, startedBy,
                now, now, null, 0, 0, 0, 0, 0, null);
    }

    /** A batch as it was stored. */
    public static ImportBatch restore(UUID id, String agency, String fileName, long fileBytes, String fileSha256,
            String encoding, String delimiter, ImportStatus status, String startedBy, Instant startedAt, Instant heartbeatAt,
            Instant finishedAt, long linesRead, long stored, long rejected, long duplicates, long bytesRead, String error) {
        return new ImportBatch(id, agency, fileName, fileBytes, fileSha256, encoding, delimiter, status, startedBy, startedAt,
                heartbeatAt, finishedAt, linesRead, stored, rejected, duplicates, bytesRead, error);
    }

    /** The file was read to its end: every line is stored, refused or counted as held already. */
    public void finish(Instant now) {
        end(ImportStatus.DONE, null, now);
    }

    /** The import stopped for a reason of the file or the system, told in words for an operator. */
    public void fail(String why, Instant now) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("A failed import says why it failed");
        }
        end(ImportStatus.FAILED, why, now);
    }

    /** Whether the batch still runs but its node has sent no heartbeat for {@link #STALE_AFTER}. */
    public boolean isStale(Instant now) {
        return status == ImportStatus.RUNNING && !heartbeatAt.plus(STALE_AFTER).isAfter(now);
    }

    /** Fails a batch whose node stopped sending heartbeats; a batch that still beats is not abandoned. */
    public void abandon(Instant now) {
        if (!isStale(now)) {
            throw new IllegalStateException("Import " + id + " is " + status + (status == ImportStatus.RUNNING
                    ? " and its last heartbeat came at " + heartbeatAt + ": it is not abandoned" : ": it has ended already"));
        }
        end(ImportStatus.FAILED, ABANDONED, now);
    }

    private void end(ImportStatus outcome, String why, Instant now) {
        if (status.isFinal()) {
            throw new IllegalStateException("Import " + id + " has ended already (" + status + "); it cannot end again as "
                    + outcome);
        }
        this.status = outcome;
        this.error = why;
        this.finishedAt = Objects.requireNonNull(now);
    }

    public UUID id() {
        return id;
    }

    public String agency() {
        return agency;
    }

    public String fileName() {
        return fileName;
    }

    public long fileBytes() {
        return fileBytes;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String encoding() {
        return encoding;
    }

    public String delimiter() {
        return delimiter;
    }

    public ImportStatus status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public long linesRead() {
        return linesRead;
    }

    /** How far into the file the reader has come (its bytes, as read from the disk): the share done is this of {@link #fileBytes}. */
    public long bytesRead() {
        return bytesRead;
    }

    public long stored() {
        return stored;
    }

    public long rejected() {
        return rejected;
    }

    public long duplicates() {
        return duplicates;
    }

    public String error() {
        return error;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ImportBatch b && id.equals(b.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "import " + id + " (" + status + ")";
    }
}
