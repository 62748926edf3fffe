package org.interdict.application.evidence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Port: the trade records linked to cases as evidence (table {@code case_trade_record}). */
public interface TradeEvidence {

    /** A link of a trade record to a case. */
    record Link(UUID tradeRecord, String linkedBy, Instant linkedAt) {
    }

    /** Links the records to the case; returns those that were not linked yet (the others stay as they were). */
    List<UUID> link(UUID caseId, Collection<UUID> tradeRecords, String linkedBy, Instant linkedAt);

    /** Unlinks one record; false when it was not linked. */
    boolean unlink(UUID caseId, UUID tradeRecord);

    /** The links of a case, oldest first. */
    List<Link> ofCase(UUID caseId);

    /** The flagged trade records of the agency that the party exported or received, oldest declaration first. */
    List<UUID> flaggedOf(UUID party, String agency);
}
