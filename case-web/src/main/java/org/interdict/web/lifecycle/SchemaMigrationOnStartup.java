package org.interdict.web.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.interdict.application.SchemaMigration;
import org.interdict.application.demo.DemoStory;

/**
 * Brings the database schema up to date while the application deploys, before the first request,
 * and loads the demo story into an empty database where demo data is enabled.
 * A migration that fails stops the deployment: serving on a schema the code does not expect would
 * be worse than not serving.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrationOnStartup {

    @Inject
    SchemaMigration schemaMigration;

    @Inject
    DemoStory demoStory;

    @PostConstruct
    void migrate() {
        schemaMigration.migrate();
        // Where demo data is enabled, an empty database gets the demo story (never a second time).
        demoStory.tellIfEmpty();
    }
}
