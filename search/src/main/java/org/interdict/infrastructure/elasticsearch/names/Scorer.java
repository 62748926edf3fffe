package org.interdict.infrastructure.elasticsearch.names;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one seam through which the quality harness asks the matcher how alike two names are, so that a
 * rewritten matcher (or a weak one, to show that the harness tells them apart) plugs in at one place.
 * Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface Scorer {

    /** How alike a query is to a target name, in [0, 1]; kind is "PERSON", "ORGANIZATION" or null when unknown. */
    double score(String query, String queryKind, String target, String targetKind);

    /**
     * Today's matcher: {@link NameSimilarity} over names normalised by one {@link NameNormalizer}. Each
     * distinct string is normalised once and kept for the scorer's life (normalising, transliteration
     * above all, is the slow part). The kinds are passed in but today's matcher does not use them.
     */
    static Scorer nameSimilarity() {
        NameNormalizer normalizer = new NameNormalizer();
        Map<String, NormalizedName> normalized = new ConcurrentHashMap<>();
        return (query, queryKind, target, targetKind) -> NameSimilarity.score(
                normalized.computeIfAbsent(query, normalizer::normalize),
                normalized.computeIfAbsent(target, normalizer::normalize)).value();
    }
}
