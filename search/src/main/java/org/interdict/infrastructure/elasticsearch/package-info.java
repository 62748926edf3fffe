/**
 * Elasticsearch adapters. The index is a projection of the database, never the system of record;
 * mappings and analysis are defined here in code, entities carry no search annotations.
 */
package org.interdict.infrastructure.elasticsearch;
