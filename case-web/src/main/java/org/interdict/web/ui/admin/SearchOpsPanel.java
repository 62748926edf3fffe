package org.interdict.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.jobs.SearchRebuildJobs;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.search.RebuildStatus;
import org.interdict.application.search.SearchOperations;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search operations: the indices searches use now, a rebuild started and followed (records done,
 * percentage, time left, polled every two seconds while it runs), the recent rebuilds, and the outbox
 * (what waits, how old the oldest is, the parked entries and their retry). The rebuild starts as the
 * API's does, through {@link SearchRebuildJobs#start}, which has {@link SearchOperations#start} record it
 * and runs it in the background; every call is refused to anyone but administrators.
 */
@Named("adminSearch")
@ViewScoped
public class SearchOpsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchOperations operations;

    @Inject
    SearchRebuildJobs rebuildJobs;

    @Inject
    Formats fmt;

    private List<SearchOperations.Progress> recent = List.of();
    private SearchOperations.Progress current;
    private Map<RecordType, Long> counts;
    private boolean countsUnavailable;
    private SearchOperations.OutboxState outbox;

    /** A record type with its documents in the index, and the index behind its alias when a rebuild named it. */
    public record IndexRow(RecordType type, Long documents, String index) {
    }

    /** Loads the section (a view action). */
    public void load() {
        loadRebuilds();
        loadCounts();
        loadOutbox();
    }

    private void loadRebuilds() {
        recent = Ui.attempt(operations::recent).orElse(List.of());
        current = recent.stream().filter(SearchOpsPanel::running).findFirst()
                .orElse(recent.isEmpty() ? null : recent.get(0));
    }

    private void loadCounts() {
        // The index may be down while the database answers: the rest of the page still works then.
        counts = Ui.attempt(operations::indexCounts).orElse(null);
        countsUnavailable = counts == null;
    }

    private void loadOutbox() {
        outbox = Ui.attempt(operations::outbox).orElse(null);
    }

    // --- rebuild ---

    /** Starts a rebuild; the poll then follows it. */
    public void start() {
        Ui.attempt(rebuildJobs::start).ifPresent(started -> {
            current = started;
            Ui.info(AdminTexts.text("rebuild.started", fmt.number(started.total())));
            recent = Ui.attempt(operations::recent).orElse(recent);
        });
    }

    /** Every two seconds while a rebuild runs: its progress now; when it ended, the rest of the section too. */
    public void poll() {
        if (current == null) {
            stopPolling();
            return;
        }
        long id = current.id();
        Ui.attempt(() -> operations.progress(id)).ifPresent(p -> current = p);
        if (!isRunning()) {
            stopPolling();
            loadRebuilds();
            loadCounts();
            loadOutbox();
        }
    }

    private static void stopPolling() {
        PrimeFaces.current().executeScript("if (window.PF && PF('rebuildPoll')) { PF('rebuildPoll').stop(); }");
    }

    private static boolean running(SearchOperations.Progress progress) {
        return progress != null && RebuildStatus.valueOf(progress.status()) == RebuildStatus.RUNNING;
    }

    private static boolean failed(SearchOperations.Progress progress) {
        return progress != null && RebuildStatus.valueOf(progress.status()) == RebuildStatus.FAILED;
    }

    /** Whether the current rebuild still runs (the poll goes on while it does). */
    public boolean isRunning() {
        return running(current);
    }

    public boolean isFailed() {
        return failed(current);
    }

    public SearchOperations.Progress getCurrent() {
        return current;
    }

    /** The percentage done, for the bar: a whole number from 0 to 100. */
    public int getPercent() {
        if (current == null) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, Math.floor(current.percent())));
    }

    /** Where the current (or last) rebuild stands, in one sentence. */
    public String getStatusText() {
        return statusText(current, Texts.locale());
    }

    String statusText(SearchOperations.Progress p, Locale locale) {
        if (p == null) {
            return AdminTexts.text(locale, "rebuild.none");
        }
        String done = fmt.number(p.done());
        String total = fmt.number(p.total());
        String percent = fmt.percent(p.percent() / 100.0);
        if (running(p)) {
            if (p.etaSeconds() == null || p.done() == 0) {
                return AdminTexts.text(locale, "rebuild.running.estimating", done, total, percent);
            }
            return AdminTexts.text(locale, "rebuild.running", done, total, percent, AdminTexts.remaining(locale, p.etaSeconds()));
        }
        if (failed(p)) {
            String why = p.error() == null || p.error().isBlank() ? AdminTexts.text(locale, "rebuild.failed.unknown") : p.error();
            return AdminTexts.text(locale, "rebuild.failed", fmt.dateTime(p.finishedAt()), done, total, why);
        }
        return AdminTexts.text(locale, "rebuild.done", fmt.dateTime(p.finishedAt()), done, took(p, locale));
    }

    /** How long a rebuild took (or has taken so far), in words. */
    public String took(SearchOperations.Progress p) {
        return took(p, Texts.locale());
    }

    private static String took(SearchOperations.Progress p, Locale locale) {
        if (p == null || p.startedAt() == null) {
            return "";
        }
        Instant end = p.finishedAt() == null ? Instant.now() : p.finishedAt();
        return AdminTexts.duration(locale, Duration.between(p.startedAt(), end).toMillis());
    }

    /** A rebuild's state in words. */
    public String state(SearchOperations.Progress p) {
        return p == null ? "" : AdminTexts.text("rebuild.state." + p.status());
    }

    public List<SearchOperations.Progress> getRecent() {
        return recent;
    }

    // --- indices ---

    /**
     * Each record type with its documents as searches see them, and the index that the last completed
     * rebuild moved its alias to (where no rebuild completed yet, the index the application created).
     */
    public List<IndexRow> getIndices() {
        Map<RecordType, String> names = new EnumMap<>(RecordType.class);
        recent.stream().filter(p -> RebuildStatus.valueOf(p.status()) == RebuildStatus.DONE).findFirst()
                .ifPresent(p -> names.putAll(p.indices()));
        List<IndexRow> rows = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            rows.add(new IndexRow(type, counts == null ? null : counts.get(type), names.get(type)));
        }
        return rows;
    }

    public boolean isCountsUnavailable() {
        return countsUnavailable;
    }

    /** All documents in the index, or null when it could not be asked. */
    public Long getDocuments() {
        return counts == null ? null : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public String type(RecordType type) {
        return type == null ? "" : AdminTexts.text("type." + type.name());
    }

    // --- outbox ---

    public SearchOperations.OutboxState getOutbox() {
        return outbox;
    }

    public List<SearchOutbox.Entry> getParked() {
        return outbox == null ? List.of() : outbox.parkedEntries();
    }

    /** Makes every parked entry due again and says how many. */
    public void retry() {
        Ui.attempt(operations::retryParked).ifPresent(retried -> {
            if (retried == 0) {
                Ui.info(AdminTexts.text("outbox.retried.none"));
            } else {
                Ui.info(AdminTexts.text("outbox.retried", retried));
            }
        });
        loadOutbox();
    }

    /** Reads the outbox again. */
    public void refreshOutbox() {
        loadOutbox();
    }
}
