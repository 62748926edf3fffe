package org.interdict.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.interdict.application.SchemaMigration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs the Flyway migrations in {@code db/migration} as the schema owner, and, where demo data is
 * enabled, the repeatable ones in {@code db/demo}.
 *
 * <p>Two database roles keep the audit trail honest: the owner (migration data source) creates the
 * tables; the application (application data source) gets only the privileges the migrations grant
 * it, which for the audit trail are SELECT and INSERT. The application role's name is read from its
 * own connection, so the migrations grant to whichever role the server was configured with.
 */
@ApplicationScoped
public class FlywaySchemaMigration implements SchemaMigration {

    static final String MAIN_LOCATION = "classpath:db/migration";
    static final String DEMO_LOCATION = "classpath:db/demo";

    @Resource(lookup = DataSources.MIGRATION)
    DataSource ownerDataSource;

    @Resource(lookup = DataSources.APPLICATION)
    DataSource applicationDataSource;

    @Inject
    @ConfigProperty(name = "interdict.demo-data", defaultValue = "false")
    boolean demoData;

    @Override
    public void migrate() {
        try {
            String appRole = applicationRole();
            List<String> locations = new ArrayList<>(List.of(MAIN_LOCATION));
            if (demoData) {
                PersistenceLog.LOG.demoDataEnabled();
                locations.add(DEMO_LOCATION);
            }
            Flyway flyway = Flyway.configure(FlywaySchemaMigration.class.getClassLoader())
                    .dataSource(ownerDataSource)
                    .locations(locations.toArray(String[]::new))
                    .placeholders(Map.of("app_role", appRole))
                    .validateMigrationNaming(true)
                    .load();
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
            if (result.migrationsExecuted > 0) {
                PersistenceLog.LOG.schemaMigrated(result.migrationsExecuted, version, appRole);
            } else {
                PersistenceLog.LOG.schemaUpToDate(version);
            }
        } catch (RuntimeException | SQLException e) {
            PersistenceLog.LOG.schemaMigrationFailed(e);
            throw new IllegalStateException("Database schema migration failed: " + e.getMessage(), e);
        }
    }

    private String applicationRole() throws SQLException {
        try (Connection connection = applicationDataSource.getConnection()) {
            return connection.getMetaData().getUserName();
        }
    }
}
