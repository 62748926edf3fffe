package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.security.Visibility;
import org.interdict.application.trade.TradeViews;
import org.interdict.domain.model.party.TradeRole;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A party's risk view and trade network from the trade-record index: one search with aggregations
 * for the risk view (size 0, nothing loaded), and for the network one composite aggregation of
 * exporter → consignee pairs per hop, starting from the party and going on from the parties found.
 */
@ApplicationScoped
public class ElasticsearchTradeViews implements TradeViews {

    private static final String USD = TradeRecordDocument.VALUE_USD;
    /** Aggregation names (not fields): flagged shipments, a counterpart's name, the names of unresolved counterparts. */
    private static final String FLAGGED_ONLY = "flaggedShipments";
    private static final String PARTY_NAME = "partyName";
    private static final String WRITTEN_NAMES = "writtenNames";
    private static final int COUNTERPARTS = 20;

    private ElasticsearchConnection connection;

    /** For the CDI container's client proxy. */
    protected ElasticsearchTradeViews() {
    }

    @Inject
    public ElasticsearchTradeViews(ElasticsearchConnection connection) {
        this.connection = connection;
    }

    @Override
    public Risk risk(String party, Visibility visibility) {
        Query ofParty = Query.of(q -> q.bool(b -> b.filter(SearchIndices.visibleTo(visibility))
                .should(s -> s.term(t -> t.field(TradeRecordDocument.EXPORTER_PARTY).value(party)))
                .should(s -> s.term(t -> t.field(TradeRecordDocument.CONSIGNEE_PARTY).value(party)))
                .minimumShouldMatch("1")));
        Map<String, Aggregation> flaggedAggs = new LinkedHashMap<>(totals());
        flaggedAggs.put("tiers", Aggregation.of(a -> a.terms(t -> t.field(SearchIndices.keyword(TradeRecordDocument.CHP_TIER)).size(10))
                .aggregations(USD, sum())));
        flaggedAggs.put("months", Aggregation.of(a -> a.dateHistogram(d -> d.field(SearchIndices.RECORD_DATE)
                .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1)).aggregations(USD, sum())));
        flaggedAggs.put("consignees", counterparts(TradeRecordDocument.EXPORTER_PARTY, party, TradeRecordDocument.CONSIGNEE_PARTY, TradeRecordDocument.CONSIGNEE));
        flaggedAggs.put("exporters", counterparts(TradeRecordDocument.CONSIGNEE_PARTY, party, TradeRecordDocument.EXPORTER_PARTY, TradeRecordDocument.EXPORTER));
        SearchResponse<Void> response = search(ofParty, Map.of(
                "all", Aggregation.of(a -> a.filter(f -> f.matchAll(m -> m)).aggregations(totals())),
                FLAGGED_ONLY, Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(TradeRecordDocument.FLAGGED).value(true)))
                        .aggregations(flaggedAggs))));
        Map<String, Aggregate> flagged = response.aggregations().get(FLAGGED_ONLY).filter().aggregations();
        List<Counterpart> counterparts = new ArrayList<>();
        counterparts.addAll(counterparts(flagged.get("consignees"), TradeRole.CONSIGNEE.name()));
        counterparts.addAll(counterparts(flagged.get("exporters"), TradeRole.EXPORTER.name()));
        counterparts.sort(Comparator.comparingLong(Counterpart::shipments).reversed()
                .thenComparing(Comparator.comparingDouble(Counterpart::valueUsd).reversed()));
        return new Risk(totals(response.aggregations().get("all")), totals(response.aggregations().get(FLAGGED_ONLY)),
                flagged.get("tiers").sterms().buckets().array().stream()
                        .map(b -> new Bucket(b.key().stringValue(), b.docCount(), usd(b.aggregations()))).toList(),
                flagged.get("months").dateHistogram().buckets().array().stream()
                        .map(b -> new Bucket(b.keyAsString(), b.docCount(), usd(b.aggregations()))).toList(),
                counterparts.size() > COUNTERPARTS ? List.copyOf(counterparts.subList(0, COUNTERPARTS)) : counterparts);
    }

    @Override
    public Network network(String root, int depth, int maxEdges, Visibility visibility) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(root, 0);
        Map<String, Edge> edges = new LinkedHashMap<>();
        Set<String> frontier = Set.of(root);
        boolean truncated = false;
        for (int hop = 1; hop <= depth && !frontier.isEmpty() && !truncated; hop++) {
            List<FieldValue> ids = frontier.stream().map(FieldValue::of).toList();
            Query touching = Query.of(q -> q.bool(b -> b.filter(SearchIndices.visibleTo(visibility))
                    .filter(f -> f.exists(e -> e.field(TradeRecordDocument.EXPORTER_PARTY)))
                    .filter(f -> f.exists(e -> e.field(TradeRecordDocument.CONSIGNEE_PARTY)))
                    .should(s -> s.terms(t -> t.field(TradeRecordDocument.EXPORTER_PARTY).terms(v -> v.value(ids))))
                    .should(s -> s.terms(t -> t.field(TradeRecordDocument.CONSIGNEE_PARTY).terms(v -> v.value(ids))))
                    .minimumShouldMatch("1")));
            Set<String> next = new LinkedHashSet<>();
            Map<String, FieldValue> after = null;
            do {
                Map<String, FieldValue> from = after;
                SearchResponse<Void> response = search(touching, Map.of("pairs", Aggregation.of(a -> a
                        .composite(c -> {
                            c.size(Math.min(1000, maxEdges + 1)).sources(
                                    Map.of("from", CompositeAggregationSource.of(s -> s.terms(t -> t.field(TradeRecordDocument.EXPORTER_PARTY)))),
                                    Map.of("to", CompositeAggregationSource.of(s -> s.terms(t -> t.field(TradeRecordDocument.CONSIGNEE_PARTY)))));
                            if (from != null) {
                                c.after(from);
                            }
                            return c;
                        })
                        .aggregations(USD, sum())
                        .aggregations(FLAGGED_ONLY, f -> f.filter(q -> q.term(t -> t.field(TradeRecordDocument.FLAGGED).value(true))))
                        .aggregations("first", f -> f.min(m -> m.field(SearchIndices.RECORD_DATE)))
                        .aggregations("last", f -> f.max(m -> m.field(SearchIndices.RECORD_DATE))))));
                var pairs = response.aggregations().get("pairs").composite();
                List<CompositeBucket> buckets = pairs.buckets().array();
                for (CompositeBucket bucket : buckets) {
                    String exporter = bucket.key().get("from").stringValue();
                    String consignee = bucket.key().get("to").stringValue();
                    String key = exporter + ">" + consignee;
                    if (edges.containsKey(key)) {
                        continue;
                    }
                    if (edges.size() >= maxEdges) {
                        truncated = true;
                        break;
                    }
                    Map<String, Aggregate> aggs = bucket.aggregations();
                    edges.put(key, new Edge(exporter, consignee, bucket.docCount(), aggs.get(FLAGGED_ONLY).filter().docCount(),
                            usd(aggs), aggs.get("first").min().valueAsString(), aggs.get("last").max().valueAsString()));
                    for (String party : List.of(exporter, consignee)) {
                        if (!distance.containsKey(party)) {
                            distance.put(party, hop);
                            next.add(party);
                        }
                    }
                }
                after = buckets.isEmpty() || truncated ? null : pairs.afterKey();
            } while (after != null);
            frontier = next;
        }
        Map<String, Set<String>> roles = new HashMap<>();
        edges.values().forEach(edge -> {
            roles.computeIfAbsent(edge.from(), p -> new TreeSet<>()).add(TradeRole.EXPORTER.name());
            roles.computeIfAbsent(edge.to(), p -> new TreeSet<>()).add(TradeRole.CONSIGNEE.name());
        });
        List<Node> nodes = distance.entrySet().stream().map(e -> {
            Set<String> played = roles.getOrDefault(e.getKey(), Set.of());
            return new Node(e.getKey(), null, e.getValue(), played.size() == 2 ? Set.of(TradeRole.INTERMEDIARY.name()) : Set.copyOf(played));
        }).toList();
        return new Network(root, depth, nodes, List.copyOf(edges.values()), truncated);
    }

    private static Map<String, Aggregation> totals() {
        return Map.of(USD, sum(), "withoutUsd", Aggregation.of(a -> a.missing(m -> m.field(USD))));
    }

    private static Totals totals(Aggregate filtered) {
        var bucket = filtered.filter();
        return new Totals(bucket.docCount(), usd(bucket.aggregations()), bucket.aggregations().get("withoutUsd").missing().docCount());
    }

    private static Aggregation sum() {
        return Aggregation.of(a -> a.sum(s -> s.field(USD)));
    }

    private static double usd(Map<String, Aggregate> aggs) {
        return Math.round(aggs.get(USD).sum().value() * 100) / 100.0;
    }

    /** Where the party is on one side: the resolved parties on the other side, and the names not resolved yet. */
    private static Aggregation counterparts(String side, String party, String other, String otherName) {
        return Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(side).value(party)))
                .aggregations("parties", p -> p.terms(t -> t.field(other).size(COUNTERPARTS))
                        .aggregations(USD, sum())
                        .aggregations(PARTY_NAME, n -> n.terms(t -> t.field(SearchIndices.keyword(otherName)).size(1))))
                .aggregations("unresolved", u -> u.filter(f -> f.bool(b -> b.mustNot(m -> m.exists(e -> e.field(other)))))
                        .aggregations(WRITTEN_NAMES, n -> n.terms(t -> t.field(SearchIndices.keyword(otherName)).size(COUNTERPARTS))
                                .aggregations(USD, sum()))));
    }

    private static List<Counterpart> counterparts(Aggregate aggregate, String role) {
        Map<String, Aggregate> aggs = aggregate.filter().aggregations();
        List<Counterpart> found = new ArrayList<>();
        for (StringTermsBucket b : aggs.get("parties").sterms().buckets().array()) {
            List<StringTermsBucket> names = b.aggregations().get(PARTY_NAME).sterms().buckets().array();
            found.add(new Counterpart(b.key().stringValue(), names.isEmpty() ? null : names.get(0).key().stringValue(), role,
                    b.docCount(), usd(b.aggregations())));
        }
        for (StringTermsBucket b : aggs.get("unresolved").filter().aggregations().get(WRITTEN_NAMES).sterms().buckets().array()) {
            found.add(new Counterpart(null, b.key().stringValue(), role, b.docCount(), usd(b.aggregations())));
        }
        return found;
    }

    private SearchResponse<Void> search(Query query, Map<String, Aggregation> aggregations) {
        try {
            return connection.client().search(s -> s.index(SearchIndices.alias(RecordType.TRADE_RECORD)).size(0)
                    .trackTotalHits(t -> t.enabled(true)).query(query).aggregations(aggregations), Void.class);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Trade views need Elasticsearch at " + connection.url() + ": " + e.getMessage(), e);
        }
    }
}
