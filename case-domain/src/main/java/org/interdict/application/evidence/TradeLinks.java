package org.interdict.application.evidence;

import org.interdict.application.InvalidInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The rules of linking trade records to a case, without a container: how many ids one request may
 * name, which ids are refused (unknown, or another agency's: the same answer, so that no other
 * agency's record is revealed), what the audit event says, and how a case's evidence list is ordered.
 */
final class TradeLinks {

    /** The most ids one request may name. */
    static final int MAX_PER_CALL = 1_000;

    /** The most ids an audit event lists; the count is always there. */
    static final int IDS_IN_EVENT = 100;

    /** The most refused ids a refusal names. */
    private static final int IDS_IN_REFUSAL = 10;

    private TradeLinks() {
    }

    /** The ids of a request, each once, in the order given; refuses a missing list, a missing id and too many ids. */
    static List<UUID> requested(List<UUID> ids) {
        if (ids == null) {
            throw new InvalidInputException("Name the trade records to link: {\"tradeRecords\": [id, …]}.");
        }
        if (ids.size() > MAX_PER_CALL) {
            throw new InvalidInputException("At most " + MAX_PER_CALL + " trade records can be linked in one request, not "
                    + ids.size() + ".");
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("A trade record id in the list is empty (null).");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /** Of the requested ids, those that are no trade record of the case's agency (unknown, or of another agency). */
    static List<UUID> refused(List<UUID> requested, Map<UUID, String> agencyOf, String caseAgency) {
        return requested.stream().filter(id -> !caseAgency.equals(agencyOf.get(id))).toList();
    }

    /** Why the ids are refused, in the same words whether a record does not exist or belongs to another agency. */
    static String refusal(List<UUID> refused, String caseAgency) {
        String named = refused.stream().limit(IDS_IN_REFUSAL).map(UUID::toString).reduce((a, b) -> a + ", " + b).orElse("");
        String more = refused.size() > IDS_IN_REFUSAL ? " and " + (refused.size() - IDS_IN_REFUSAL) + " more" : "";
        return "Only trade records of agency " + caseAgency + " can be linked to its cases; "
                + (refused.size() == 1 ? "this is not one: " : "these " + refused.size() + " are not: ") + named + more
                + ". Nothing was linked.";
    }

    /** What TRADE_RECORDS_LINKED says: how many were asked for and newly linked, and the first ids of those. */
    static Map<String, Object> linkedFacts(String reference, int requested, List<UUID> linked) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("case", reference);
        facts.put("requested", requested);
        facts.put("count", linked.size());
        facts.put("tradeRecords", linked.stream().limit(IDS_IN_EVENT).map(UUID::toString).toList());
        facts.put("more", Math.max(0, linked.size() - IDS_IN_EVENT));
        return facts;
    }

    /** Files and trade records in one list, oldest first; a file before a record added at the same instant. */
    static List<EvidenceItem> merged(List<? extends EvidenceItem> files, List<? extends EvidenceItem> tradeRecords) {
        List<EvidenceItem> all = new ArrayList<>(Stream.concat(files.stream(), tradeRecords.stream()).toList());
        all.sort(Comparator.comparing(EvidenceItem::addedAt)); // stable: files stay first among equals
        return List.copyOf(all);
    }
}
