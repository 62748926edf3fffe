/**
 * Background work: imports, search rebuilds, draining the search outbox and the saved-search alerts
 * it raises. The services here start and schedule that work on the container's managed executors (the
 * REST resources and the deployment only hand over), and keep a record of each job that operators
 * read: what runs, on which node, since when, how far it got.
 */
package org.interdict.application.jobs;
