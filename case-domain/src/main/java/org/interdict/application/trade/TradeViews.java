package org.interdict.application.trade;

import org.interdict.application.security.Visibility;

import java.util.List;
import java.util.Set;

/**
 * Port: views of a party's trade computed by the search index with aggregations, never by loading
 * the records. Values in USD are sums over the records whose value is in USD; the others are counted
 * as {@code withoutUsd}.
 */
public interface TradeViews {

    /** The party's shipments, as exporter or consignee, and the flagged ones broken down. */
    Risk risk(String party, Visibility visibility);

    /** The parties that traded with the party, and with those, up to {@code depth} hops, at most {@code maxEdges} edges. */
    Network network(String party, int depth, int maxEdges, Visibility visibility);

    record Risk(Totals all, Totals flagged, List<Bucket> flaggedByTier, List<Bucket> flaggedByMonth,
            List<Counterpart> flaggedByCounterpart) {
    }

    /** Shipments, their value in USD, and how many have no value in USD. */
    record Totals(long shipments, double valueUsd, long withoutUsd) {
    }

    record Bucket(String key, long shipments, double valueUsd) {
    }

    /**
     * A counterpart: a resolved party ({@code party} its id) or, while its name is not resolved, the
     * name as written ({@code party} null); {@code role} is the part it played (EXPORTER or CONSIGNEE).
     */
    record Counterpart(String party, String name, String role, long shipments, double valueUsd) {
    }

    record Network(String root, int depth, List<Node> nodes, List<Edge> edges, boolean truncated) {
    }

    /** A party in the network, how many hops from the root, and its roles there (EXPORTER, INTERMEDIARY, CONSIGNEE). */
    record Node(String party, String name, int distance, Set<String> roles) {
    }

    /** Shipments from one party to another: how many, how many flagged, their value in USD, first and last date. */
    record Edge(String from, String to, long shipments, long flagged, double valueUsd, String first, String last) {
    }
}
