package org.interdict.application.trade;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/** Messages for operators about trade imports. Ids INTERDICT005000–005099. */
@MessageLogger(projectCode = "INTERDICT", length = 6)
@ValidIdRange(min = 5000, max = 5099)
public interface TradeLog extends BasicLogger {

    TradeLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), TradeLog.class, TradeLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 5000, value = "Import %s finished: %d lines read, %d stored, %d refused, %d already held")
    void importFinished(java.util.UUID batch, long lines, long stored, long rejected, long duplicates);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 5001, value = "Import %s failed")
    void importFailed(java.util.UUID batch, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 5003, value = "Import %s: the database refused the chunk of lines %d to %d; storing them one by one")
    void chunkRefused(java.util.UUID batch, long first, long last, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 5004, value = "Import %s: the database refused line %d")
    void lineRefused(java.util.UUID batch, long line, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 5005, value = "Import %s ended as %s, but it had been abandoned meanwhile (no heartbeat for %d s); it stays failed")
    void endedAfterAbandoned(java.util.UUID batch, Object status, long staleAfterSeconds);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 5002, value = "The uploaded file %s could not be deleted: %s")
    void uploadNotDeleted(String file, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 5006, value = "Packaged exchange rates (FRED, SHA-256 %3$s) loaded: %1$d of its %2$d rates were new; rates held already were kept")
    void packagedRatesLoaded(int added, int rates, String sha256);
}
