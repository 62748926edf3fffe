package org.interdict.application.evidence;

import java.time.Instant;

/**
 * One item of a case's evidence list: a file ({@link EvidenceView}, kind {@code FILE}) or a linked
 * trade record ({@link TradeEvidenceView}, kind {@code TRADE_RECORD}). The list is one array ordered by
 * {@link #addedAt()}; {@link #kind()} tells the items apart.
 */
public sealed interface EvidenceItem permits EvidenceView, TradeEvidenceView {

    String FILE = "FILE";
    String TRADE_RECORD = "TRADE_RECORD";

    String kind();

    /** When the item became evidence of the case: a file attached, a trade record linked. */
    Instant addedAt();
}
