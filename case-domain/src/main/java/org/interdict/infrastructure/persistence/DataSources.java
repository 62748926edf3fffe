package org.interdict.infrastructure.persistence;

/** JNDI names of the data sources that the WildFly CLI scripts define. */
final class DataSources {

    /** The application role: reads and writes business data, may only append to the audit trail. */
    static final String APPLICATION = "java:jboss/datasources/InterdictDS";

    /** The schema owner: used by migrations only. */
    static final String MIGRATION = "java:jboss/datasources/InterdictMigrationDS";

    private DataSources() {
    }
}
