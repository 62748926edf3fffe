package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Operators' work on the search projection. Rebuilds it from the database while search keeps answering from the current
 * indices: a new generation of indices is filled record type by record type (the outbox pollers
 * write every change into it as well), then the aliases move to it in one step. Operators start it
 * ({@code ./interdict reindex} or the admin API) and follow its progress: records done, rate, ETA.
 */
@ApplicationScoped
public class SearchOperations {

    private SearchRebuilds rebuilds;
    private SearchOutbox outbox;
    private SearchIndex index;
    private SearchIndexer indexer;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected SearchOperations() {
    }

    @Inject
    public SearchOperations(SearchRebuilds rebuilds, SearchOutbox outbox, SearchIndex index, SearchIndexer indexer, AccessPolicy access,
            AuditRecorder audit) {
        this.rebuilds = rebuilds;
        this.outbox = outbox;
        this.index = index;
        this.indexer = indexer;
        this.access = access;
        this.audit = audit;
    }

    /** How a rebuild is doing, with its rate and the time it still needs. */
    public record Progress(long id, String status, String requestedBy, long total, long done, double percent,
            double recordsPerSecond, Long etaSeconds, Instant startedAt, Instant finishedAt, String error,
            Map<RecordType, String> indices) {

        static Progress of(SearchRebuilds.Rebuild r, Instant now) {
            Instant end = r.finishedAt() == null ? now : r.finishedAt();
            double seconds = Math.max(0.001, Duration.between(r.startedAt(), end).toMillis() / 1000.0);
            double rate = r.done() / seconds;
            Long eta = r.status() != RebuildStatus.RUNNING ? Long.valueOf(0)
                    : rate > 0 ? Long.valueOf(Math.round(Math.max(0, r.total() - r.done()) / rate)) : null;
            double percent = r.total() == 0 ? 100 : Math.min(100, Math.round(1000.0 * r.done() / r.total()) / 10.0);
            return new Progress(r.id(), r.status().name(), r.requestedBy(), r.total(), r.done(), percent,
                    Math.round(rate * 10) / 10.0, eta, r.startedAt(), r.finishedAt(), r.error(), r.targets());
        }
    }

    /** Starts a rebuild on behalf of the calling operator; {@link #run} then fills it. */
    @Transactional
    public Progress start() {
        requireOperator();
        SearchRebuilds.Rebuild rebuild = begin(access.caller().username());
        audit.event("SEARCH_REBUILD_STARTED", "search", String.valueOf(rebuild.id()),
                Map.of("records", rebuild.total(), "indices", String.join(", ", rebuild.targets().values())));
        return Progress.of(rebuild, Instant.now());
    }

    /** Starts a rebuild for the application itself (its index mapping changed); null if one runs already. */
    public SearchRebuilds.Rebuild startForUpgrade() {
        if (rebuilds.running().isPresent()) {
            return null;
        }
        return begin("system (index mapping upgrade)");
    }

    private SearchRebuilds.Rebuild begin(String requestedBy) {
        rebuilds.abandonStale();
        rebuilds.running().ifPresent(r -> {
            throw new org.interdict.application.ConflictException("A search rebuild is already running (#" + r.id() + ", "
                    + r.done() + " of " + r.total() + " records, started by " + r.requestedBy() + "): wait for it to finish.");
        });
        Map<RecordType, String> targets = index.createGeneration(System.currentTimeMillis());
        try {
            return rebuilds.begin(requestedBy, targets, rebuilds.countRecords());
        } catch (RuntimeException e) {
            index.drop(targets.values());
            throw e;
        }
    }

    /**
     * Fills the rebuild's indices batch by batch, then moves the aliases. Reading a batch from the
     * database (its own transaction) overlaps with writing the previous one to Elasticsearch on the
     * {@code writer}, one write in flight at a time. Returns the indices the aliases left, to be
     * dropped once no open search uses them.
     */
    public List<String> run(long id, Executor writer) {
        SearchRebuilds.Rebuild rebuild = rebuilds.find(id).orElseThrow(() -> new RecordNotFoundException("search rebuild", id));
        long done = 0;
        CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
        try {
            for (RecordType type : RecordType.values()) {
                String after = null;
                while (true) {
                    SearchIndexer.RebuildBatch batch = indexer.rebuildBatch(type, after);
                    if (batch.records() == 0) {
                        break;
                    }
                    writing.join();
                    done += batch.records();
                    after = batch.lastId();
                    long progress = done;
                    writing = CompletableFuture.runAsync(() -> {
                        index.fill(rebuild.targets(), batch.documents());
                        rebuilds.progress(id, progress);
                    }, writer);
                }
            }
            writing.join();
            List<String> left = index.swap(rebuild.targets());
            rebuilds.finish(id);
            SearchLog.LOG.rebuildFinished(id, done);
            return left;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            SearchLog.LOG.rebuildFailed(id, cause);
            rebuilds.fail(id, cause.getMessage());
            index.drop(rebuild.targets().values());
            return List.of();
        }
    }

    public Progress progress(long id) {
        requireOperator();
        return rebuilds.find(id).map(r -> Progress.of(r, Instant.now()))
                .orElseThrow(() -> new RecordNotFoundException("search rebuild", id));
    }

    public List<Progress> recent() {
        requireOperator();
        Instant now = Instant.now();
        return rebuilds.recent(20).stream().map(r -> Progress.of(r, now)).toList();
    }

    /** Drops indices an alias left; called once open searches on them have expired. */
    public void dropLeftIndices(List<String> indices) {
        index.drop(indices);
    }

    /** Documents per record type as searches see them now (through the aliases), for an operator to compare. */
    public Map<RecordType, Long> indexCounts() {
        requireOperator();
        return index.counts();
    }

    /** The outbox as an operator sees it: what waits, how old the oldest is, and the parked entries with their errors. */
    public record OutboxState(long pending, long parked, Instant oldestPending, List<SearchOutbox.Entry> parkedEntries) {
    }

    @Transactional
    public OutboxState outbox() {
        requireOperator();
        SearchOutbox.Backlog backlog = outbox.backlog();
        return new OutboxState(backlog.pending(), backlog.parked(), backlog.oldestPending(), outbox.parked(100));
    }

    /** Makes every parked entry due again; returns how many. */
    @Transactional
    public int retryParked() {
        requireOperator();
        int retried = outbox.retryParked();
        audit.event("SEARCH_OUTBOX_RETRIED", "search", null, Map.of("entries", retried));
        return retried;
    }

    private void requireOperator() {
        if (!access.caller().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators operate the search indices.");
        }
    }
}
