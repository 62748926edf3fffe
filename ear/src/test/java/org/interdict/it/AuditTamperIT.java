package org.interdict.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Editing an audit row behind the application's back (as the schema owner, after switching off the
 * append-only guard) is caught: /api/audit/verify names the edited event. The row is put back
 * afterwards so that the trail of the test instance stays intact for other tests.
 */
class AuditTamperIT extends BlackBoxIT {

    @Test
    void editingAnAuditRowDirectlyMakesVerifyNameThatEvent() throws SQLException {
        String reference = api.openCase("alice", "Audit tamper target", List.of());
        api.as("erik").get("/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        api.as("alice").get("/audit/verify").then().statusCode(403);

        long eventId;
        String original;
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            try (ResultSet row = sql.executeQuery("SELECT id, actor FROM audit_event WHERE target_id = '" + reference
                    + "' AND action = 'CASE_OPENED'")) {
                assertTrue(row.next());
                eventId = row.getLong(1);
                original = row.getString(2);
            }
            rewrite(owner, eventId, "mallory");
        }
        try {
            api.as("erik").get("/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenEventId", equalTo((int) eventId))
                    .body("problem", containsString("changed after it was written"));
        } finally {
            try (Connection owner = owner()) {
                rewrite(owner, eventId, original);
            }
        }
        api.as("fiona").get("/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    private static void rewrite(Connection owner, long eventId, String actor) throws SQLException {
        owner.setAutoCommit(false);
        try (Statement sql = owner.createStatement();
                PreparedStatement update = owner.prepareStatement("UPDATE audit_event SET actor = ? WHERE id = ?")) {
            sql.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_is_append_only");
            update.setString(1, actor);
            update.setLong(2, eventId);
            update.executeUpdate();
            sql.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_is_append_only");
            owner.commit();
        } catch (SQLException e) {
            owner.rollback();
            throw e;
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD"));
    }
}
