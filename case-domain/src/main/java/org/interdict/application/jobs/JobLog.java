package org.interdict.application.jobs;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/** Messages for operators about background jobs. Ids INTERDICT007000–007099. */
@MessageLogger(projectCode = "INTERDICT", length = 6)
@ValidIdRange(min = 7000, max = 7099)
public interface JobLog extends BasicLogger {

    JobLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), JobLog.class, JobLog.class.getPackageName());

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 7000, value = "Background job %d (%s %s) failed")
    void jobFailed(long id, JobKind kind, String reference, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7001, value = "The record of background job %s on node %s could not be written; the work itself goes on: %s")
    void recordNotWritten(String job, String node, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7002, value = "A round of %s failed; it is tried again in a second")
    void roundFailed(JobKind kind, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7003, value = "Background work of this node (%s) starts: %s")
    void started(String node, String what);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7004, value = "A thread of the managed executor carried a transaction that nothing would end (left by "
            + "work of an application that stopped meanwhile); it was rolled back before the next task ran")
    void leakedTransactionRolledBack();

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7005, value = "The outbox drain rounds in progress did not end within %d seconds of the application stopping")
    void roundsOutlivedStop(long seconds);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7006, value = "The text of evidence %s (%s) could not be read: %s")
    void textNotRead(java.util.UUID evidence, String mediaType, String reason, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7007, value = "Reading evidence %s did not end within %d seconds of the application stopping; another node or the next start reads it again")
    void readingOutlivedStop(java.util.UUID evidence, long seconds);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 7008, value = "A run of periodic background work ended with an error; the next run comes as planned")
    void periodicRunFailed(@Cause Throwable cause);
}
