package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.search.NameScreening;
import org.interdict.application.security.Visibility;
import org.interdict.infrastructure.elasticsearch.names.NameKind;
import org.interdict.infrastructure.elasticsearch.names.NameNormalizer;
import org.interdict.infrastructure.elasticsearch.names.NormalizedName;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Screening in two steps: Elasticsearch finds candidates among the records the caller may see
 * (fuzzy on normalised names, exact on name tokens and identifiers), then each is scored in Java on
 * its every name variant, with identifier equality as strong evidence and country as weak evidence.
 */
@ApplicationScoped
public class ElasticsearchNameScreening implements NameScreening {

    private static final int CANDIDATES = 50;

    private ElasticsearchConnection connection;
    private final NameNormalizer names = NameNormalizer.shared();

    /** For the CDI container's client proxy. */
    protected ElasticsearchNameScreening() {
    }

    @Inject
    public ElasticsearchNameScreening(ElasticsearchConnection connection) {
        this.connection = connection;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<Candidate> screen(NameScreening.Query query, Visibility visibility) {
        NormalizedName wanted = names.normalize(query.name(), NameKind.of(query.kind()));
        List<String> identifiers = query.identifiers().stream()
                .map(id -> id.replaceAll("\\s+", "").toUpperCase(Locale.ROOT)).toList();
        SearchResponse<Map> response;
        try {
            response = connection.client().search(s -> s
                    .index(List.of(SearchIndices.alias(RecordType.PARTY), SearchIndices.alias(RecordType.DESIGNATION)))
                    .size(CANDIDATES)
                    .query(q -> q.bool(b -> nameClauses(b.filter(SearchIndices.visibleTo(visibility)), wanted, identifiers))),
                    Map.class);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Screening needs Elasticsearch at " + connection.url() + ": " + e.getMessage(), e);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Candidate candidate = score(wanted, query, identifiers, hit.id(), (Map<String, Object>) hit.source());
            if (candidate.score() >= query.threshold()) {
                candidates.add(candidate);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates.size() > query.limit() ? candidates.subList(0, query.limit()) : candidates;
    }

    /**
     * Candidates for a name: fuzzy on each of its spellings and on each without spaces, exact on its
     * words (every romanisation, generic words by their concept, a Han name's syllables) and identifiers.
     */
    static BoolQuery.Builder nameClauses(BoolQuery.Builder b, NormalizedName wanted, List<String> identifiers) {
        for (String spelling : wanted.latinSpellings()) {
            b.should(sh -> sh.match(m -> m.field(SearchIndices.NAMES_NORMALIZED).query(spelling).fuzziness("AUTO")));
            String compact = spelling.replace(" ", "");
            if (!compact.isEmpty()) {
                b.should(sh -> sh.fuzzy(f -> f.field(SearchIndices.NAMES_COMPACT).value(compact)
                        .fuzziness(SearchIndices.compactFuzziness(compact))));
            }
        }
        if (!wanted.keys().isEmpty()) {
            b.should(sh -> sh.terms(t -> t.field(SearchIndices.NAME_TOKENS).terms(v -> v.value(
                    wanted.keys().stream().map(FieldValue::of).toList()))));
        }
        if (!identifiers.isEmpty()) {
            b.should(sh -> sh.terms(t -> t.field(SearchIndices.keyword(SearchIndices.IDENTIFIERS)).terms(v -> v.value(
                    identifiers.stream().map(FieldValue::of).toList())).boost(5f)));
        }
        return b.minimumShouldMatch("1");
    }

    private Candidate score(NormalizedName wanted, NameScreening.Query query, List<String> identifiers, String id,
            Map<String, Object> source) {
        RecordType type = SearchIndices.typeName(RecordType.DESIGNATION).equals(source.get(SearchIndices.RECORD_TYPE)) ? RecordType.DESIGNATION : RecordType.PARTY;
        String primary = String.valueOf(source.get(SearchIndices.PRIMARY_NAME));
        String country = source.get(SearchIndices.COUNTRY) instanceof String c ? c : null;
        NameEvidence.Scored scored = NameEvidence.score(wanted, query.name(), NameEvidence.variants(source, primary, names), identifiers,
                source.get(SearchIndices.IDENTIFIERS) instanceof List<?> known ? known : List.of(), query.country(), country);
        return new Candidate(type, id, primary, country, scored.score(), scored.matchedName(), scored.explanation());
    }
}
