package org.interdict.infrastructure.elasticsearch;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/** Messages for operators about Elasticsearch. Ids INTERDICT002000–002099. */
@MessageLogger(projectCode = "INTERDICT", length = 6)
@ValidIdRange(min = 2000, max = 2099)
public interface ElasticsearchLog extends BasicLogger {

    ElasticsearchLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), ElasticsearchLog.class,
            ElasticsearchLog.class.getPackageName());

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2000, value = "Closing the Elasticsearch connection failed")
    void closeFailed(@Cause Throwable cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2001, value = "Created search index %s behind alias %s")
    void indexCreated(String index, String alias);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 2002, value = "A point in time was not closed (it expires on its own): %s")
    void pointInTimeNotClosed(String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2003, value = "Search index %s has an older mapping than version %d: a rebuild replaces it")
    void indexOutdated(String index, int version);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2004, value = "Search alias moved from %s to the rebuilt indices %s")
    void aliasMoved(String from, String to);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2005, value = "Search index %s could not be deleted: %s")
    void indexNotDropped(String index, String reason);
}
