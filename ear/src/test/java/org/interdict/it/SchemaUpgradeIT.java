package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An older database brought up to date keeps what it holds: a scratch schema is migrated to V15 (before
 * proposals named evidence by kind), given a proposal whose evidence references are an evidence file of its
 * case, the id of nothing in the case, and free text, then migrated to the latest version, where the file
 * becomes a typed reference and the others stay as written; the schema is dropped afterwards. No server is
 * involved: the migrations the EAR carries run through Flyway against the test instance's PostgreSQL.
 */
class SchemaUpgradeIT {

    @Test
    void proposalsOfAnOlderVersionKeepEveryEvidenceReference() throws SQLException {
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String owner = TestEnvironment.require("INTERDICT_DB_OWNER");
        String password = TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD");
        try {
            flyway(schema, owner, password, "15").migrate();
            UUID caseId = UUID.randomUUID();
            UUID file = UUID.randomUUID();
            UUID proposal = UUID.randomUUID();
            UUID nothing = UUID.randomUUID();
            try (Connection db = connect(schema, owner, password); Statement sql = db.createStatement()) {
                sql.execute("insert into agency (code, name, kind) values ('UPG', 'Upgrade agency', 'AUTHORITY')");
                sql.execute("insert into case_file (id, reference, title, status, priority, owning_agency, created_at, created_by, "
                        + "updated_at, version) values ('" + caseId + "', 'ICT-2020-000001', 'Old case', 'PROPOSED', 'HIGH', 'UPG', now(), "
                        + "'alice', now(), 1)");
                sql.execute("insert into evidence (id, case_id, owning_agency, name, media_type, size_bytes, sha256, added_at, added_by, "
                        + "updated_at) values ('" + file + "', '" + caseId + "', 'UPG', 'invoice.pdf', 'application/pdf', 10, '"
                        + "a".repeat(64) + "', now(), 'alice', now())");
                sql.execute("insert into proposal (id, case_id, measure, legal_basis, statement_of_reasons, proposed_by, proposed_at) "
                        + "values ('" + proposal + "', '" + caseId + "', 'EXPORT_BAN', 'Art. 4', 'Reasons.', 'alice', now())");
                for (String reference : List.of(file.toString().toUpperCase(), nothing.toString(), "customs decl 10702070/050823/0012345")) {
                    sql.execute("insert into proposal_evidence (proposal_id, evidence_ref) values ('" + proposal + "', '" + reference + "')");
                }
            }

            flyway(schema, owner, password, null).migrate();

            List<String> rows = new ArrayList<>();
            try (Connection db = connect(schema, owner, password); Statement sql = db.createStatement();
                    ResultSet found = sql.executeQuery("select kind, coalesce(cast(item_id as varchar), written_as) from proposal_evidence "
                            + "where proposal_id = '" + proposal + "'")) {
                while (found.next()) {
                    rows.add(found.getString(1) + " " + found.getString(2));
                }
            }
            assertEquals(java.util.Set.of("AS_WRITTEN " + nothing, "AS_WRITTEN customs decl 10702070/050823/0012345", "FILE " + file),
                    java.util.Set.copyOf(rows),
                    "the file became a typed reference; the rest stays as it was written");
        } finally {
            try (Connection db = DriverManager.getConnection(TestEnvironment.databaseUrl(), owner, password);
                    Statement sql = db.createStatement()) {
                sql.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static Flyway flyway(String schema, String owner, String password, String target) {
        var configuration = Flyway.configure(SchemaUpgradeIT.class.getClassLoader())
                .dataSource(TestEnvironment.databaseUrl(), owner, password)
                .schemas(schema).createSchemas(true).locations("classpath:db/migration")
                .placeholders(Map.of("app_role", TestEnvironment.require("INTERDICT_DB_USER")));
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static Connection connect(String schema, String owner, String password) throws SQLException {
        Connection db = DriverManager.getConnection(TestEnvironment.databaseUrl(), owner, password);
        db.setSchema(schema);
        return db;
    }
}
