package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Deploying the EAR migrates the real PostgreSQL with Flyway, and the application's database role
 * can append to the audit trail but never rewrite it.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    private static final String SAMPLE_EVENT = "INSERT INTO audit_event "
            + "(occurred_at, actor, actor_agency, action, target_type, target_id, previous_hash, hash) "
            + "VALUES (now(), 'schema-test', 'ECA', 'TEST', 'none', null, repeat('0', 64), md5(random()::text) || md5(random()::text))";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return InterdictDeployment.ear();
    }

    @Test
    void deploymentAppliedTheVersionedMigrationsAndTheDemoAgencies() throws SQLException {
        try (Connection owner = connectAsOwner(); Statement sql = owner.createStatement()) {
            List<String> applied = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(
                    "SELECT coalesce(version, 'R') || ':' || description FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
                while (rows.next()) {
                    applied.add(rows.getString(1));
                }
            }
            assertTrue(applied.contains("1:baseline"), applied.toString());
            assertTrue(applied.contains("R:demo agencies"), applied.toString());

            List<String> agencies = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT code || '/' || kind FROM agency ORDER BY code")) {
                while (rows.next()) {
                    agencies.add(rows.getString(1));
                }
            }
            assertEquals(List.of("ECA/AUTHORITY", "OSI/AUTHORITY", "PCU/PARTNER"), agencies);
        }
    }

    @Test
    void applicationRoleMayAppendToTheAuditTrailButNeverChangeIt() throws SQLException {
        try (Connection app = connectAsApplication(); Statement sql = app.createStatement()) {
            assertTrue(privilege(sql, "INSERT"));
            assertTrue(privilege(sql, "SELECT"));
            assertFalse(privilege(sql, "UPDATE"));
            assertFalse(privilege(sql, "DELETE"));
            assertFalse(privilege(sql, "TRUNCATE"));

            // In a transaction that is rolled back, so that the trail the application writes stays intact.
            app.setAutoCommit(false);
            try {
                assertEquals(1, sql.executeUpdate(SAMPLE_EVENT));
                SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE audit_event SET actor = 'x'"));
                assertEquals("42501", update.getSQLState(), update.getMessage());
            } finally {
                app.rollback();
            }
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_event"));
            assertEquals("42501", delete.getSQLState(), delete.getMessage());
        }
    }

    @Test
    void evenTheSchemaOwnerCannotRewriteTheAuditTrailWithoutDisablingItsGuard() throws SQLException {
        try (Connection owner = connectAsOwner(); Statement sql = owner.createStatement()) {
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE audit_event SET actor = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> sql.executeUpdate("TRUNCATE audit_event"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
        }
    }

    private static boolean privilege(Statement sql, String privilege) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT has_table_privilege(current_user, 'audit_event', '" + privilege + "')")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD"));
    }

    private static Connection connectAsApplication() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_USER"),
                TestEnvironment.require("INTERDICT_DB_PASSWORD"));
    }
}
