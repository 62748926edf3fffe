package org.interdict.infrastructure.elasticsearch.names;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two normalised names are, in [0, 1], and why: the share of tokens that match (exactly or
 * with a small edit, order ignored) and the edit distance of the whole names, whichever is higher.
 */
public final class NameSimilarity {

    /** Tokens this alike count as the same word with a typo. */
    static final double TOKEN_MATCH = 0.8;

    private NameSimilarity() {
    }

    /** A score and the reasons for it. */
    public record Score(double value, String explanation) {
    }

    public static Score score(NormalizedName a, NormalizedName b) {
        if (a.tokens().isEmpty() || b.tokens().isEmpty()) {
            return new Score(0, "a name is empty after normalisation");
        }
        if (a.normalized().equals(b.normalized())) {
            return new Score(1.0, "same name after normalisation ('" + a.normalized() + "')"
                    + legalFormNote(a, b));
        }
        double whole = ratio(a.normalized(), b.normalized());
        String joinedA = String.join("", a.tokens());
        String joinedB = String.join("", b.tokens());
        double joined = ratio(joinedA, joinedB);
        List<String> matched = new ArrayList<>();
        double tokenScore = tokenSet(a.tokens(), b.tokens(), matched);
        double best = Math.max(tokenScore, Math.max(whole, joined));
        String how;
        if (best < 0.5) {
            how = "names differ";
        } else if (best == tokenScore) {
            how = "tokens " + matched + " match";
        } else {
            how = best == joined ? "names alike when written without spaces" : "names differ by a few letters";
        }
        return new Score(round(best), how + " ('" + a.normalized() + "' ~ '" + b.normalized() + "')" + legalFormNote(a, b));
    }

    /** A name's legal forms as people write them: "LLC", "OOO, LLC", or "none". */
    private static String forms(NormalizedName name) {
        return name.legalForms().isEmpty() ? "none" : String.join(", ", name.legalForms());
    }

    private static String legalFormNote(NormalizedName a, NormalizedName b) {
        if (a.legalForms().isEmpty() && b.legalForms().isEmpty()) {
            return "";
        }
        return "; legal forms set aside: " + forms(a) + " and " + forms(b);
    }

    /**
     * Whether the names are built of the same words: each token of the name with fewer tokens finds
     * its own partner in the other (the same, or with a small edit), or the names written without
     * spaces are nearly the same (pinyin syllables, words run together). "Shenzhen Randemi
     * Machinery" and "Shenzhen Xintekvi Machinery" are not: their distinctive words differ, however
     * much of the names is alike.
     */
    public static boolean sameWords(NormalizedName a, NormalizedName b) {
        if (a.tokens().isEmpty() || b.tokens().isEmpty()) {
            return false;
        }
        List<String> shorter = a.tokens().size() <= b.tokens().size() ? a.tokens() : b.tokens();
        List<String> longer = shorter == a.tokens() ? b.tokens() : a.tokens();
        List<String> matched = new ArrayList<>();
        tokenSet(shorter, longer, matched);
        return matched.size() == shorter.size()
                || ratio(String.join("", a.tokens()), String.join("", b.tokens())) >= 0.9;
    }

    /** Share of tokens of both names that find a partner in the other, each token used once. */
    static double tokenSet(List<String> a, List<String> b, List<String> matched) {
        boolean[] used = new boolean[b.size()];
        double total = 0;
        for (String token : a) {
            int bestIndex = -1;
            double bestRatio = 0;
            for (int j = 0; j < b.size(); j++) {
                if (!used[j]) {
                    double r = ratio(token, b.get(j));
                    if (r > bestRatio) {
                        bestRatio = r;
                        bestIndex = j;
                    }
                }
            }
            if (bestIndex >= 0 && bestRatio >= TOKEN_MATCH) {
                used[bestIndex] = true;
                total += bestRatio;
                matched.add(token.equals(b.get(bestIndex)) ? token : token + "~" + b.get(bestIndex));
            }
        }
        return 2 * total / (a.size() + b.size());
    }

    /** 1 − normalised Levenshtein distance. */
    static double ratio(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / longest;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
