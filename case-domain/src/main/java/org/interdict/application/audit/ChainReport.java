package org.interdict.application.audit;

/**
 * Whether the audit trail is as it was written: how many events were checked and, if the chain is
 * broken, the first event that does not fit and why.
 */
public record ChainReport(boolean intact, long eventsChecked, Long firstBrokenEventId, String problem) {
}
