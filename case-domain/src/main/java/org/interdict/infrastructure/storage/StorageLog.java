package org.interdict.infrastructure.storage;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/** Messages for operators about the evidence store. Ids INTERDICT008000–008099. */
@MessageLogger(projectCode = "INTERDICT", length = 6)
@ValidIdRange(min = 8000, max = 8099)
public interface StorageLog extends BasicLogger {

    StorageLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), StorageLog.class,
            StorageLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 8000, value = "Evidence files are kept in %s")
    void storeAt(String directory);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 8001, value = "Removed %d unfinished evidence upload(s) left by an earlier run in %s")
    void abandonedUploadsRemoved(int count, String directory);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 8002, value = "Could not remove the unfinished evidence upload %s: %s")
    void abandonedUploadNotRemoved(String file, String reason);
}
