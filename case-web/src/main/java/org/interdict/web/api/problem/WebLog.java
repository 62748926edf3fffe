package org.interdict.web.api.problem;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/** Messages for operators about requests. Ids INTERDICT004000–004099. */
@MessageLogger(projectCode = "INTERDICT", length = 6)
@ValidIdRange(min = 4000, max = 4099)
public interface WebLog extends BasicLogger {

    WebLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), WebLog.class,
            WebLog.class.getPackageName());

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 4000, value = "Unexpected failure, reference %s")
    void unexpectedFailure(String reference, @Cause Throwable cause);

    // 4001 (draining the search outbox failed) is now INTERDICT007002, logged where the drain is scheduled.

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 4002, value = "The user directory (Keycloak) could not be asked: %s")
    void directoryUnavailable(String reason);
}
