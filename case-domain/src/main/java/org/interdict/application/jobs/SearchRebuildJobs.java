package org.interdict.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.search.SearchOperations;
import org.interdict.application.search.SearchRebuilds;

import java.time.Duration;
import java.util.List;

/**
 * Starts rebuilds of the search indices in the background, as {@link JobKind#REBUILD} jobs: an
 * operator's, or the application's own when its index mapping changed. At most one rebuild runs,
 * whichever node starts it (the rebuilds' table lets only one be running); the node that started it
 * fills it, and every node's outbox drain writes into its indices too. The indices the aliases leave
 * are dropped a little after the longest-lived open search on them has expired.
 */
@ApplicationScoped
public class SearchRebuildJobs {

    /** Longer than a search's point in time lives unused (two minutes). */
    static final Duration DROP_AFTER = Duration.ofSeconds(150);

    private SearchOperations operations;
    private SearchRebuilds rebuilds;
    private BackgroundJobs jobs;

    /** For the CDI container's client proxy. */
    protected SearchRebuildJobs() {
    }

    @Inject
    public SearchRebuildJobs(SearchOperations operations, SearchRebuilds rebuilds, BackgroundJobs jobs) {
        this.operations = operations;
        this.rebuilds = rebuilds;
        this.jobs = jobs;
    }

    /**
     * Starts a rebuild on behalf of the calling operator.
     *
     * @throws org.interdict.application.ConflictException while another one runs
     */
    public SearchOperations.Progress start() {
        SearchOperations.Progress started = operations.start();
        run(started.id(), started.requestedBy());
        return started;
    }

    /**
     * Starts a rebuild for the application itself, unless one runs already.
     *
     * @throws org.interdict.application.ConflictException when another node started one at the same moment
     */
    public void startForUpgrade() {
        SearchRebuilds.Rebuild rebuild = operations.startForUpgrade();
        if (rebuild != null) {
            run(rebuild.id(), rebuild.requestedBy());
        }
    }

    private void run(long id, String requestedBy) {
        // A failed rebuild is recorded with its error by SearchOperations.run, which the job record repeats.
        jobs.submit(JobKind.REBUILD, String.valueOf(id), null, requestedBy, () -> {
            List<String> left = operations.run(id, jobs.helper());
            if (!left.isEmpty()) {
                jobs.later(DROP_AFTER, () -> operations.dropLeftIndices(left));
            }
            return rebuilds.find(id).map(SearchRebuilds.Rebuild::error).orElse(null);
        }, () -> rebuilds.find(id).map(r -> new BackgroundJobs.Progress(r.done(), r.total())).orElse(null),
                // While it waits for a thread, the rebuild's heartbeat keeps it from being taken for abandoned.
                () -> rebuilds.progress(id, 0));
    }
}
