/**
 * Name matching: normalisation across scripts and legal forms, and similarity scores with their
 * explanation. Plain Java, used at index time, at query time and to rank candidates.
 */
package org.interdict.infrastructure.elasticsearch.names;
