package org.interdict.application.audit;

import java.time.Instant;

/**
 * Whether the audit trail is as it was written: how many events were checked and, if the chain is
 * broken, the first event that does not fit and why, when it says it was recorded and by whom ({@code
 * firstBrokenActor} only when the event is the caller's agency's; another agency's people stay unnamed).
 */
public record ChainReport(boolean intact, long eventsChecked, Long firstBrokenEventId, String problem,
        Instant firstBrokenAt, String firstBrokenActor) {

    /** Without the broken event's time and actor. */
    public ChainReport(boolean intact, long eventsChecked, Long firstBrokenEventId, String problem) {
        this(intact, eventsChecked, firstBrokenEventId, problem, null, null);
    }
}
