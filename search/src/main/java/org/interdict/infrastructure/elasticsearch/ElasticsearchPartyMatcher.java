package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.trade.PartyMatcher;
import org.interdict.infrastructure.elasticsearch.names.NameNormalizer;
import org.interdict.infrastructure.elasticsearch.names.NormalizedName;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The import's name matcher: the agency's parties in the index are asked about a chunk's new names
 * in one multi-search (candidates as screening finds them, scored as screening scores them); the
 * parties an import linked or created are kept in memory for the rest of it, found by blocking keys
 * (the first and last three letters of each normalised token, the registry numbers) so that a typo
 * in one token still meets them.
 */
@ApplicationScoped
public class ElasticsearchPartyMatcher implements PartyMatcher {

    private static final int CANDIDATES = 10;
    private static final int SEARCHES_PER_REQUEST = 200;
    /** Entries looked at per blocking key, newest first: enough for a long import, bounded for common words. */
    private static final int PER_KEY = 500;

    private ElasticsearchConnection connection;
    private final NameNormalizer names = NameNormalizer.shared();

    /** For the CDI container's client proxy. */
    protected ElasticsearchPartyMatcher() {
    }

    @Inject
    public ElasticsearchPartyMatcher(ElasticsearchConnection connection) {
        this.connection = connection;
    }

    @Override
    public Session open(String agency) {
        return new MatchingSession(agency);
    }

    private final class MatchingSession implements Session {

        private final String agency;
        private final Map<String, Deque<Remembered>> byKey = new HashMap<>();

        MatchingSession(String agency) {
            this.agency = agency;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List<Match> indexed(List<Name> wanted, double floor) {
            List<Match> matches = new ArrayList<>(wanted.size());
            for (int from = 0; from < wanted.size(); from += SEARCHES_PER_REQUEST) {
                List<Name> part = wanted.subList(from, Math.min(wanted.size(), from + SEARCHES_PER_REQUEST));
                List<NormalizedName> normalized = part.stream().map(n -> names.normalize(n.name())).toList();
                List<RequestItem> searches = new ArrayList<>(part.size());
                for (int i = 0; i < part.size(); i++) {
                    NormalizedName name = normalized.get(i);
                    List<String> identifiers = part.get(i).identifiers();
                    searches.add(RequestItem.of(r -> r.header(h -> h.index(SearchIndices.alias(RecordType.PARTY)))
                            .body(b -> b.size(CANDIDATES).query(q -> q.bool(bool -> candidates(
                                    bool.filter(f -> f.term(t -> t.field(SearchIndices.OWNING_AGENCY).value(agency))),
                                    name, identifiers))))));
                }
                MsearchResponse<Map> response;
                try {
                    response = connection.client().msearch(m -> m.searches(searches), Map.class);
                } catch (IOException | ElasticsearchException e) {
                    throw new SearchUnavailableException("Resolving parties needs Elasticsearch at " + connection.url() + ": "
                            + e.getMessage(), e);
                }
                for (int i = 0; i < part.size(); i++) {
                    MultiSearchResponseItem<Map> item = response.responses().get(i);
                    if (item.isFailure()) {
                        throw new SearchUnavailableException("Resolving parties: Elasticsearch refused a search: "
                                + item.failure().error().reason(), null);
                    }
                    Match best = null;
                    for (Hit<Map> hit : item.result().hits().hits()) {
                        Map<String, Object> source = hit.source();
                        String primary = String.valueOf(source.get(SearchIndices.PRIMARY_NAME));
                        NameEvidence.Scored scored = NameEvidence.score(normalized.get(i), part.get(i).name(),
                                NameEvidence.variants(source, primary, names), part.get(i).identifiers(),
                                source.get(SearchIndices.IDENTIFIERS) instanceof List<?> known ? known : List.of(), part.get(i).country(),
                                source.get(SearchIndices.COUNTRY) instanceof String c ? c : null, true);
                        if (scored.score() >= floor && (best == null || scored.score() > best.score())) {
                            best = new Match(UUID.fromString(hit.id()), primary, scored.score(), scored.explanation());
                        }
                    }
                    matches.add(best);
                }
            }
            return matches;
        }

        @Override
        public Match remembered(Name wanted) {
            NormalizedName name = names.normalize(wanted.name());
            Set<Remembered> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Match best = null;
            for (String key : keys(name, wanted.identifiers())) {
                Deque<Remembered> entries = byKey.get(key);
                if (entries == null) {
                    continue;
                }
                int looked = 0;
                for (var it = entries.descendingIterator(); it.hasNext() && looked < PER_KEY; looked++) {
                    Remembered entry = it.next();
                    if (!seen.add(entry)) {
                        continue;
                    }
                    NameEvidence.Scored scored = NameEvidence.score(name, wanted.name(), List.of(entry.variant()),
                            wanted.identifiers(), entry.identifiers(), wanted.country(), entry.country(), true);
                    if (best == null || scored.score() > best.score()) {
                        best = new Match(entry.party(), entry.partyName(), scored.score(),
                                scored.explanation() + " (matched earlier in this import)");
                    }
                }
            }
            return best;
        }

        @Override
        public void remember(UUID party, String partyName, Name name) {
            NormalizedName normalized = names.normalize(name.name());
            Remembered entry = new Remembered(party, partyName, new NameEvidence.Variant(name.name(), normalized),
                    name.identifiers(), name.country());
            for (String key : keys(normalized, name.identifiers())) {
                byKey.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(entry);
            }
        }

        private List<String> keys(NormalizedName name, List<String> identifiers) {
            List<String> keys = new ArrayList<>();
            for (String token : name.keys()) {
                keys.add("<" + token.substring(0, Math.min(3, token.length())));
                keys.add(">" + token.substring(Math.max(0, token.length() - 3)));
            }
            identifiers.forEach(id -> keys.add("#" + id));
            return keys;
        }
    }

    /**
     * Candidates for a name, cheaper than screening's (an import asks about thousands of names): any
     * normalised token exactly (a typo in one word leaves the others), the whole name without spaces
     * within one or two edits (a typo in a one-word name), an identifier. Ranked by rare tokens first.
     */
    private static BoolQuery.Builder candidates(BoolQuery.Builder b, NormalizedName wanted, List<String> identifiers) {
        for (String spelling : wanted.latinSpellings()) {
            String compact = spelling.replace(" ", "");
            b.should(sh -> sh.fuzzy(f -> f.field(SearchIndices.NAMES_COMPACT).value(compact).prefixLength(1)
                    .fuzziness(SearchIndices.compactFuzziness(compact)).boost(3f)));
        }
        // One scored term per word, so that rare words rank a candidate above words every name has.
        new java.util.LinkedHashSet<>(wanted.keys())
                .forEach(token -> b.should(sh -> sh.term(t -> t.field(SearchIndices.NAME_TOKENS).value(token))));
        if (!identifiers.isEmpty()) {
            b.should(sh -> sh.terms(t -> t.field(SearchIndices.keyword(SearchIndices.IDENTIFIERS)).terms(v -> v.value(
                    identifiers.stream().map(FieldValue::of).toList())).boost(5f)));
        }
        return b.minimumShouldMatch("1");
    }

    /** A party this import linked or created, under the name it had there. */
    private record Remembered(UUID party, String partyName, NameEvidence.Variant variant, List<String> identifiers,
            String country) {
    }
}
