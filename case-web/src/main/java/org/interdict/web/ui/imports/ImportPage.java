package org.interdict.web.ui.imports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.trade.TradeImportService;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * One import as it runs: its file, its state, the counts and rate, polled every second until it ends,
 * and then its refused lines. Everything comes from {@link TradeImportService#progress}; the refused
 * lines from {@link TradeImportService#rejectionsCsv}, the same CSV the download gives.
 *
 * <p>How far it got: the service's share of the file read (its bytes read of its size; 1 once it has
 * ended) and its time left at the pace so far.
 */
@Named("importPage")
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The refused lines the page lists; the download holds them all. */
    static final int REFUSALS_SHOWN = 100;

    @Inject
    TradeImportService imports;

    private String id;
    private UUID batchId;
    private TradeImportService.Progress progress;
    private List<RefusedLines.Refusal> refusals = List.of();
    private long refusalsTotal;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Reads the import named in the address; a missing, malformed or hidden one is refused in words. */
    public void load() {
        try {
            batchId = id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            batchId = null;
        }
        if (batchId == null) {
            Ui.error(Texts.text(Texts.IMPORTS, "import.unknown"));
            return;
        }
        progress = Ui.attempt(() -> imports.progress(batchId)).orElse(null);
        loadRefusals();
    }

    /** The poll's listener: the counts as they stand now; the refused lines once the import has ended. */
    public void refresh() {
        if (batchId == null || progress == null) {
            return;
        }
        boolean wasRunning = !isFinished();
        Ui.attempt(() -> imports.progress(batchId)).ifPresent(p -> progress = p);
        if (wasRunning && isFinished()) {
            loadRefusals();
            // The poll updates the live figures only; the facts and the list of refused lines change once, now.
            PrimeFaces.current().ajax().update(ENDED_UPDATES);
        }
    }

    /** What the page shows again when the import ends (client ids; the page's form does not prefix them). */
    private static final String[] ENDED_UPDATES = {"import-facts", "refusals"};

    /** The page's heading: "Import of trade-2024.csv". */
    public String getTitle() {
        return progress == null ? Texts.text(Texts.IMPORTS, "imports.title")
                : Texts.text(Texts.IMPORTS, "import.title", progress.batch().fileName());
    }

    /** Lists the first refused lines again (the list of a running import grows). */
    public void loadRefusals() {
        if (progress == null || progress.batch().rejected() == 0) {
            refusals = List.of();
            refusalsTotal = 0;
            return;
        }
        RefusedLines lines = new RefusedLines(REFUSALS_SHOWN);
        if (Ui.run(() -> imports.rejectionsCsv(batchId, lines))) {
            lines.close();
            refusals = lines.kept();
            refusalsTotal = lines.total();
        }
    }

    public TradeImportService.Progress getProgress() {
        return progress;
    }

    public TradeImportService.BatchView getBatch() {
        return progress == null ? null : progress.batch();
    }

    /** Whether the import has ended, finished or failed (an import has ended exactly when it has an end time). */
    public boolean isFinished() {
        return progress != null && progress.batch().finishedAt() != null;
    }

    /** Ended and read to its end (a failed import always says why). */
    public boolean isSucceeded() {
        return isFinished() && progress.batch().error() == null;
    }

    public boolean isFailed() {
        return isFinished() && progress.batch().error() != null;
    }

    /** The share of the file done, 0 to 1, as the service reports it (1 once the import has ended). */
    OptionalDouble fraction() {
        return progress == null ? OptionalDouble.empty() : OptionalDouble.of(progress.done());
    }

    /** The progress bar's value, 0 to 100. */
    public int getPercent() {
        return (int) Math.floor(fraction().orElse(0) * 100);
    }

    /** "Finished: 2,000 lines stored, 3 refused", "Failed: …", or the running counts in words. */
    public String getSummary() {
        if (progress == null) {
            return "";
        }
        TradeImportService.BatchView b = progress.batch();
        if (isSucceeded()) {
            return Texts.text(Texts.IMPORTS, b.duplicates() > 0 ? "import.finished.duplicates" : "import.finished",
                    b.stored(), b.rejected(), b.duplicates());
        }
        if (isFailed()) {
            return Texts.text(Texts.IMPORTS, "import.failed", b.error());
        }
        return Texts.text(Texts.IMPORTS, "import.running", b.linesRead());
    }

    /** The time left in words, or why it is not known. */
    public String getEta() {
        if (progress == null) {
            return "";
        }
        if (isFinished()) {
            return Texts.text(Texts.IMPORTS, "eta.none");
        }
        if (progress.secondsLeft() == null) {
            return Texts.text(Texts.IMPORTS, "eta.unknown");
        }
        return duration(progress.secondsLeft(), "eta.left");
    }

    /** How long the import took (ended) or has been running. */
    public String getElapsed() {
        if (progress == null) {
            return "";
        }
        TradeImportService.BatchView b = progress.batch();
        Instant end = b.finishedAt() == null ? Instant.now() : b.finishedAt();
        return duration(Duration.between(b.startedAt(), end).toSeconds(), isFinished() ? "elapsed.took" : "elapsed.running");
    }

    private static String duration(long seconds, String key) {
        String amount;
        if (seconds < 60) {
            amount = Texts.text(Texts.IMPORTS, "duration.seconds", Math.max(0, seconds));
        } else if (seconds < 3600) {
            amount = Texts.text(Texts.IMPORTS, "duration.minutes", seconds / 60, seconds % 60);
        } else {
            amount = Texts.text(Texts.IMPORTS, "duration.hours", seconds / 3600, (seconds % 3600) / 60);
        }
        return Texts.text(Texts.IMPORTS, key, amount);
    }

    /** The SHA-256 shortened for reading: its first 12 hex digits (the full one is in the title). */
    public String getShortSha() {
        String sha = progress == null ? null : progress.batch().fileSha256();
        return sha == null ? "" : sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    public List<RefusedLines.Refusal> getRefusals() {
        return refusals;
    }

    /** How many refused lines the service holds (the list shows the first {@value #REFUSALS_SHOWN}). */
    public long getRefusalsTotal() {
        return refusalsTotal;
    }

    public boolean isRefusalsCut() {
        return refusalsTotal > refusals.size();
    }

    public int getRefusalsShown() {
        return refusals.size();
    }
}
