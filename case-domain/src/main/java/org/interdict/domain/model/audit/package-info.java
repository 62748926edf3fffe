/**
 * The audit trail: who did what, when, to which record, before and after. Append-only and
 * hash-chained, so that tampering shows.
 */
package org.interdict.domain.model.audit;
