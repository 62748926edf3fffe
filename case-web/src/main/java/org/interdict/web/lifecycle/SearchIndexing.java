package org.interdict.web.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.interdict.application.search.SearchIndexer;
import org.interdict.application.search.SearchOperations;
import org.interdict.web.api.problem.WebLog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drains the search outbox on every application node with {@value #WORKERS} workers, each a second
 * after its previous round ended (a fixed delay: a slow round is never overlapped by the next); the
 * outbox's row locks keep workers and nodes from taking the same entries, so one reads the database
 * while another writes to Elasticsearch. A round goes on while it finds full batches, up to
 * {@value #ROUND_SECONDS} seconds. Each batch is its own transaction; documents carry the outbox id
 * as their version, so the newest change of a record wins whichever worker writes last.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrationOnStartup")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexing {

    private static final int WORKERS = 2;
    private static final int ROUND_SECONDS = 10;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchOperations operations;

    @Inject
    SearchRebuildJob rebuildJob;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Object preparing = new Object();
    private volatile boolean prepared;
    private final List<ScheduledFuture<?>> rounds = new ArrayList<>();

    @PostConstruct
    void start() {
        for (int worker = 0; worker < WORKERS; worker++) {
            rounds.add(scheduler.scheduleWithFixedDelay(this::drain, 2000 + 500L * worker, 1000, TimeUnit.MILLISECONDS));
        }
    }

    @PreDestroy
    void stop() {
        rounds.forEach(round -> round.cancel(false));
    }

    void drain() {
        try {
            if (!prepared()) {
                return;
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(ROUND_SECONDS);
            while (indexer.drainOnce() == SearchIndexer.BATCH && System.nanoTime() < until) {
                // a full batch: more is waiting
            }
        } catch (RuntimeException e) {
            WebLog.LOG.searchIndexingFailed(e);
        }
    }

    /** Whether the indices are ready; the first worker to get here prepares them (and upgrades them if need be). */
    private boolean prepared() {
        synchronized (preparing) {
            if (!prepared) {
                SearchIndexer.Preparation preparation = indexer.prepare();
                if (preparation == SearchIndexer.Preparation.UNAVAILABLE) {
                    return false;
                }
                prepared = true;
                if (preparation == SearchIndexer.Preparation.OUTDATED) {
                    upgrade();
                }
            }
            return true;
        }
    }

    /** The indices predate this version's mapping: rebuild them while search answers from the old ones. */
    private void upgrade() {
        try {
            var rebuild = operations.startForUpgrade();
            if (rebuild != null) {
                rebuildJob.run(rebuild.id());
            }
        } catch (org.interdict.application.ConflictException e) {
            // Another node started it.
        }
    }
}
