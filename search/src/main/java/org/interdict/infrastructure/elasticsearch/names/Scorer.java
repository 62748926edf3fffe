package org.interdict.infrastructure.elasticsearch.names;

import java.util.List;
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
     * The matcher as screening uses it: {@link NameSimilarity} over names normalised by one
     * {@link NameNormalizer} as their kind's, the target also under the names derived from it (the parts
     * around parentheses, an organisation's acronym), as the index holds them. Each distinct name is
     * normalised once and kept for the scorer's life (normalising is the slow part).
     */
    static Scorer nameSimilarity() {
        NameNormalizer normalizer = new NameNormalizer();
        Map<String, NormalizedName> queries = new ConcurrentHashMap<>();
        Map<String, List<NormalizedName>> targets = new ConcurrentHashMap<>();
        return (query, queryKind, target, targetKind) -> {
            NormalizedName wanted = queries.computeIfAbsent(queryKind + "\u0000" + query,
                    k -> normalizer.normalize(query, NameKind.of(queryKind)));
            List<NormalizedName> names = targets.computeIfAbsent(targetKind + "\u0000" + target, k -> {
                NameKind kind = NameKind.of(targetKind);
                List<String> all = new java.util.ArrayList<>(List.of(target));
                all.addAll(normalizer.derived(target, kind));
                return all.stream().map(name -> normalizer.normalize(name, kind)).toList();
            });
            double best = 0;
            for (NormalizedName name : names) {
                best = Math.max(best, NameSimilarity.score(wanted, name).value());
            }
            return best;
        };
    }
}
