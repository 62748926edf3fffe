package org.interdict.web.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.interdict.application.trade.ExchangeRates;

/**
 * Loads the exchange rates packaged with the product (FRED monthly averages) once the schema is
 * current, where this version of them is not loaded yet: one lookup on a database that has them, and
 * never over a rate an administrator loaded.
 *
 * <p>Why at startup and not in a Flyway migration: the table's rows are data that a new release
 * extends (more months), and a migration runs once per database; a Java migration would also need
 * the application's classes on Flyway's class path inside WildFly. Here a new version of the file is
 * loaded on the first deployment that ships it, with {@code on conflict do nothing}, so that two
 * nodes starting at once end with the same rows.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrationOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeRatesOnStartup {

    @Inject
    ExchangeRates rates;

    @PostConstruct
    void load() {
        rates.loadPackaged();
    }
}
