package org.interdict.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.interdict.application.health.ProbeResult;
import org.interdict.application.health.ServiceProbe;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;

/** Whether PostgreSQL answers on the application's own data source. */
@ApplicationScoped
public class PostgresProbe implements ServiceProbe {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DataSources.APPLICATION)
    DataSource dataSource;

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public ProbeResult probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return ProbeResult.down("connection is not valid");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return ProbeResult.up(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (Exception e) {
            return ProbeResult.down(e);
        }
    }
}
