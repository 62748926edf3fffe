package org.interdict.web.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.interdict.application.SchemaMigration;

/**
 * Brings the database schema up to date while the application deploys, before the first request.
 * A migration that fails stops the deployment: serving on a schema the code does not expect would
 * be worse than not serving.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrationOnStartup {

    @Inject
    SchemaMigration schemaMigration;

    @PostConstruct
    void migrate() {
        schemaMigration.migrate();
    }
}
