/**
 * The search projection: the outbox that carries every committed change to Elasticsearch, the
 * documents built from the database, and the indexer that drains the outbox.
 */
package org.interdict.application.search;
