package org.interdict.application;

/**
 * Port: brings the database schema to the version this build expects, before any request is served.
 * Schema changes happen only through versioned migrations.
 */
public interface SchemaMigration {

    /** Applies pending migrations; fails, and so stops the deployment, if one cannot be applied. */
    void migrate();
}
