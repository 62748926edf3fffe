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

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drains the search outbox on every application node, a second after the previous round ended (a
 * fixed delay: a slow round is never overlapped by the next); the outbox's row locks keep nodes
 * from taking the same entries. Each batch is its own transaction.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrationOnStartup")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexing {

    private static final int MAX_BATCHES_PER_TICK = 20;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchOperations operations;

    @Inject
    SearchRebuildJob rebuildJob;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean prepared;
    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        rounds = scheduler.scheduleWithFixedDelay(this::drain, 2, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        rounds.cancel(false);
    }

    void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!prepared) {
                SearchIndexer.Preparation preparation = indexer.prepare();
                if (preparation == SearchIndexer.Preparation.UNAVAILABLE) {
                    return;
                }
                prepared = true;
                if (preparation == SearchIndexer.Preparation.OUTDATED) {
                    upgrade();
                }
            }
            int batches = 0;
            while (indexer.drainOnce() == SearchIndexer.BATCH && ++batches < MAX_BATCHES_PER_TICK) {
                // a full batch: more is waiting
            }
        } catch (RuntimeException e) {
            WebLog.LOG.searchIndexingFailed(e);
        } finally {
            running.set(false);
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
