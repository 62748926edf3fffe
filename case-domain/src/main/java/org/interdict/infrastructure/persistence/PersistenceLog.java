package org.interdict.infrastructure.persistence;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/** Messages for operators about the database. Ids INTERDICT001000–001099. */
@MessageLogger(projectCode = "INTERDICT", length = 6)
@ValidIdRange(min = 1000, max = 1099)
public interface PersistenceLog extends BasicLogger {

    PersistenceLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), PersistenceLog.class,
            PersistenceLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1000, value = "Database schema migrated: %d migration(s) applied, now at version %s (application role '%s')")
    void schemaMigrated(int applied, String version, String appRole);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1001, value = "Database schema is up to date at version %s")
    void schemaUpToDate(String version);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1002, value = "Demo reference data is enabled (interdict.demo-data=true)")
    void demoDataEnabled();

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 1003, value = "Database schema migration failed; the application will not start")
    void schemaMigrationFailed(@Cause Throwable cause);
}
