package org.interdict.application.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The handling marking a whole report carries: the most restrictive marking among the evidence items
 * the report lists, or {@value #DEFAULT} when none of them is marked.
 *
 * <p>Markings are free text as the authorities write them (OFFICIAL, OFFICIAL-SENSITIVE, RESTRICTED,
 * EU RESTRICTED, NATO CONFIDENTIAL …). They are ranked by the strongest classification word they
 * contain: TOP SECRET, then SECRET, CONFIDENTIAL, RESTRICTED, SENSITIVE (e.g. OFFICIAL-SENSITIVE), and
 * last anything else (OFFICIAL, UNCLASSIFIED, a caveat alone). Between markings of the same rank the
 * longer one wins (it carries a caveat or an originator, e.g. EU RESTRICTED over RESTRICTED), then the
 * alphabetically first, so that the result never depends on the order of the items. Only the items in
 * the report count: a partner's report is marked by what it shows, never by what it withholds.
 */
public final class HandlingMarkings {

    /** The marking of a report none of whose items is marked. */
    public static final String DEFAULT = "OFFICIAL";

    private static final List<String> WORDS = List.of("TOP SECRET", "SECRET", "CONFIDENTIAL", "RESTRICTED", "SENSITIVE");

    private HandlingMarkings() {
    }

    public static String mostRestrictive(Collection<String> markings) {
        return markings.stream().filter(Objects::nonNull).map(String::strip).filter(m -> !m.isEmpty())
                .map(m -> m.toUpperCase(Locale.ROOT))
                .min(Comparator.comparingInt(HandlingMarkings::rank)
                        .thenComparing(Comparator.comparingInt(String::length).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(DEFAULT);
    }

    /** 0 for the most restrictive word, up to {@code WORDS.size()} for a marking with none of them. */
    static int rank(String marking) {
        for (int i = 0; i < WORDS.size(); i++) {
            if (containsWord(marking, WORDS.get(i))) {
                return i;
            }
        }
        return WORDS.size();
    }

    private static boolean containsWord(String marking, String word) {
        int at = marking.indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(marking.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == marking.length() || !Character.isLetter(marking.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = marking.indexOf(word, at + 1);
        }
        return false;
    }
}
