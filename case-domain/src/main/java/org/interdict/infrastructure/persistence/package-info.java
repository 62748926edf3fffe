/**
 * PostgreSQL adapters: JPA repositories, the Flyway schema migration and the database probe.
 * The database is Interdict's system of record.
 */
package org.interdict.infrastructure.persistence;
