package org.interdict.infrastructure.elasticsearch;

import org.interdict.infrastructure.elasticsearch.names.NameKind;
import org.interdict.infrastructure.elasticsearch.names.NameNormalizer;
import org.interdict.infrastructure.elasticsearch.names.NameSimilarity;
import org.interdict.infrastructure.elasticsearch.names.NormalizedName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How well a wanted name matches a record, and why: the best similarity over the record's every name
 * variant, an identical registry number as strong evidence (at least {@value #SAME_IDENTIFIER}),
 * the same country as weak evidence for and a different one as weak evidence against. Screening and
 * the import's party resolution score alike.
 */
final class NameEvidence {

    static final double SAME_IDENTIFIER = 0.97;
    /** The most a name scores for party resolution when a distinctive word has no counterpart. */
    static final double OTHER_WORDS = 0.7;
    /**
     * The most a name scores for party resolution when a word of one name is missing from the other
     * (trade words and places too): proposed to an analyst, never linked by itself.
     */
    static final double ONE_NAME_LESS_A_WORD = 0.85;
    /** The most a name scores against one with other numbers in it. */
    static final double NUMBERS_DIFFER = 0.6;

    private NameEvidence() {
    }

    /** The score in [0, 1] (three decimals), the variant that matched best, and the reasons. */
    record Scored(double score, String matchedName, String explanation) {
    }

    /**
     * @param written     the wanted name as the user or the file wrote it (for the explanation)
     * @param variants    the record's names, each with its normalised form
     * @param identifiers the wanted identifiers ({@code TYPE:VALUE}, upper case, no spaces)
     * @param known       the record's identifiers in the same form
     */
    static Scored score(NormalizedName wanted, String written, List<Variant> variants, List<String> identifiers,
            Collection<?> known, String wantedCountry, String country) {
        return score(wanted, written, variants, identifiers, known, wantedCountry, country, false);
    }

    /**
     * As {@link #score}; {@code sameWords} also asks that the best variant be built of the same words
     * (see {@link NameSimilarity#sameWords}), else the name scores at most {@value #OTHER_WORDS}: an
     * import never links or proposes a sibling company of the same city and trade; and a name with a
     * word the other lacks scores at most {@value #ONE_NAME_LESS_A_WORD}: proposed, not linked. Only
     * names that differ by typos, scripts, spacing and legal forms are linked by themselves.
     */
    static Scored score(NormalizedName wanted, String written, List<Variant> variants, List<String> identifiers,
            Collection<?> known, String wantedCountry, String country, boolean sameWords) {
        double best = 0;
        String matchedName = variants.isEmpty() ? null : variants.get(0).written();
        String why = "";
        // A name in Han characters meets a record's Han names in characters: through its Latin names
        // (pinyin) a homophone would pass for it.
        boolean hanOnly = wanted.han() && variants.stream().anyMatch(v -> v.normalized().han());
        for (Variant variant : variants) {
            if (hanOnly && !variant.normalized().han()) {
                continue;
            }
            NameSimilarity.Score score = NameSimilarity.score(wanted, variant.normalized());
            if (score.value() > best) {
                best = score.value();
                matchedName = variant.written();
                why = "'" + written + "' ~ '" + variant.written() + "': " + score.explanation();
            }
        }
        List<String> reasons = new ArrayList<>(List.of(why));
        NormalizedName matched = normalizedOf(variants, matchedName);
        if (sameWords && best > OTHER_WORDS && matched != null && !NameSimilarity.sameWords(wanted, matched)) {
            best = OTHER_WORDS;
            reasons.add("a distinctive word has no counterpart");
        } else if (sameWords && best > ONE_NAME_LESS_A_WORD && matched != null && !NameSimilarity.everyWordPaired(wanted, matched)) {
            best = ONE_NAME_LESS_A_WORD;
            reasons.add("a word of one name is missing from the other");
        }
        if (best > NUMBERS_DIFFER && !numbers(wanted).equals(numbers(matched))) {
            // "Exporter 1" and "Exporter 2" are two companies however alike the letters.
            best = NUMBERS_DIFFER;
            reasons.add(numbers(wanted).isEmpty() || numbers(matched).isEmpty() ? "only one of the names has a number"
                    : "the numbers in the names differ");
        }
        for (String identifier : identifiers) {
            if (known.contains(identifier)) {
                best = Math.max(best, SAME_IDENTIFIER);
                reasons.add("identifier " + identifier + " is the same");
            }
        }
        if (wantedCountry != null && !wantedCountry.isBlank() && country != null) {
            if (country.equalsIgnoreCase(wantedCountry.strip())) {
                best = Math.min(1.0, best + 0.02);
                reasons.add("same country " + country);
            } else {
                best = Math.max(0, best - 0.05);
                reasons.add("different country (" + country + ")");
            }
        }
        return new Scored(Math.round(best * 1000) / 1000.0, matchedName, String.join("; ", reasons));
    }

    private static java.util.Set<String> numbers(NormalizedName name) {
        java.util.Set<String> numbers = new java.util.TreeSet<>();
        if (name != null) {
            name.tokens().stream().filter(t -> t.chars().anyMatch(Character::isDigit)).forEach(numbers::add);
        }
        return numbers;
    }

    private static NormalizedName normalizedOf(List<Variant> variants, String written) {
        return variants.stream().filter(v -> v.written().equals(written)).map(Variant::normalized).findFirst().orElse(null);
    }

    /**
     * A hit's names (its primary name when the document lists none), normalised as its kind of party's,
     * and the names derived from each (the parts around parentheses, an organisation's acronym).
     */
    static List<Variant> variants(java.util.Map<String, Object> source, String primary, NameNormalizer names) {
        NameKind kind = NameKind.of(String.valueOf(source.getOrDefault(PartyDocument.KIND,
                source.getOrDefault(DesignationDocument.PARTY_KIND, ""))));
        List<String> written = new ArrayList<>();
        if (source.get(SearchIndices.NAMES) instanceof List<?> list) {
            list.forEach(name -> written.add(String.valueOf(name)));
        }
        if (written.isEmpty()) {
            written.add(primary);
        }
        List<Variant> variants = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : written) {
            if (seen.add(name)) {
                variants.add(new Variant(name, names.normalize(name, kind)));
            }
        }
        for (String name : written) {
            for (String derived : names.derived(name, kind)) {
                if (seen.add(derived)) {
                    variants.add(new Variant(derived, names.normalize(derived, kind)));
                }
            }
        }
        return variants;
    }

    /** One of a record's names, as written and normalised. */
    record Variant(String written, NormalizedName normalized) {
    }
}
