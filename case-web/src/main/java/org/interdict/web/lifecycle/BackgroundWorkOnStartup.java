package org.interdict.web.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.interdict.application.jobs.BackgroundJobs;
import org.interdict.application.jobs.EvidenceTextJobs;
import org.interdict.application.jobs.SearchIndexingJobs;

/**
 * Starts this node's background work once the schema is current, and stops it when the application
 * goes: the application layer schedules it (see {@link SearchIndexingJobs}); this only says when.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrationOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundWorkOnStartup {

    @Inject
    BackgroundJobs jobs;

    @Inject
    SearchIndexingJobs indexing;

    @Inject
    EvidenceTextJobs evidenceTexts;

    @PostConstruct
    void start() {
        jobs.start();
        indexing.start();
        evidenceTexts.start();
    }

    @PreDestroy
    void stop() {
        evidenceTexts.stop();
        indexing.stop();
        jobs.stop();
    }
}
