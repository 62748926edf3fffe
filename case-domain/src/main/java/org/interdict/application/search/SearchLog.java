package org.interdict.application.search;

import org.interdict.application.projection.RecordType;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/** Messages for operators about the search projection. Ids INTERDICT003000–003099. */
@MessageLogger(projectCode = "INTERDICT", length = 6)
@ValidIdRange(min = 3000, max = 3099)
public interface SearchLog extends BasicLogger {

    SearchLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), SearchLog.class,
            SearchLog.class.getPackageName());

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3000, value = "The search engine is unavailable; changes wait in the outbox: %s")
    void searchUnavailable(String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3001, value = "The search engine is available again")
    void searchAvailable();

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3002, value = "Search outbox entry %d (%s %s) parked after %d attempts: %s")
    void parked(long id, RecordType type, String recordId, int attempts, String error);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3003, value = "Search rebuild %d finished: %d records, the aliases now point at its indices")
    void rebuildFinished(long id, long records);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3004, value = "Search rebuild %d failed; search keeps answering from the previous indices")
    void rebuildFailed(long id, @org.jboss.logging.annotations.Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3005, value = "Saved-search alerts could not be checked: %s")
    void alertsFailed(String reason);
}
