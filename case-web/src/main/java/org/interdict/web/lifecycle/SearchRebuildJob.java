package org.interdict.web.lifecycle;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.interdict.application.search.SearchOperations;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a search rebuild in the background, its batches each read in their own transaction while the
 * previous one is written to Elasticsearch on a managed thread. The indices
 * the aliases leave are dropped a little after the longest-lived open search on them has expired.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchRebuildJob {

    /** Longer than a search's point in time lives unused (two minutes). */
    static final long DROP_AFTER_SECONDS = 150;

    @Inject
    SearchOperations operations;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService writer;

    @Asynchronous
    public void run(long rebuildId) {
        List<String> left = operations.run(rebuildId, writer);
        if (!left.isEmpty()) {
            scheduler.schedule(() -> operations.dropLeftIndices(left), DROP_AFTER_SECONDS, TimeUnit.SECONDS);
        }
    }
}
