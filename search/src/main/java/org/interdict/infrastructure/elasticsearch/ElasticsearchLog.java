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
}
