package org.interdict.infrastructure.elasticsearch.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How alike two normalised names are, in [0, 1], and why. The names' parts are aligned one to one (the
 * same word, a typo, another romanisation, an initial, words run together or apart) and weighed by how
 * distinctive they are: a trade word, a city or a patronymic counts little, a brand or a surname counts
 * fully. The score is the share of both names' weight that found a partner, the better-covered name
 * counting more; the distinctive words must find partners, else the names are two different ones however
 * alike the rest ("Shenzhen Xinhao Logistics" is not "Shenzhen Tianmu Logistics", "Austria" is not
 * "Australia"), and the score stays under {@value #DIFFERENT}. The names written whole (words sorted) only
 * confirm, by a few hundredths. Both names in Han characters are compared in characters, never through
 * pinyin, so that homophones stay apart. Legal forms that disagree (AG and GmbH) cost
 * {@value #OTHER_FORM}; they were set aside before.
 */
public final class NameSimilarity {

    /** Two parts this alike are partners. */
    static final double PAIR = 0.75;
    /** The most two names score when a distinctive word finds no partner. */
    static final double DIFFERENT = 0.6;
    /** What disagreeing legal forms cost. */
    static final double OTHER_FORM = 0.02;
    /** Names alike to this degree when written without spaces are the same words spaced otherwise. */
    static final double COMPACT = 0.92;

    private NameSimilarity() {
    }

    /** A score and the reasons for it. */
    public record Score(double value, String explanation) {
    }

    public static Score score(NormalizedName a, NormalizedName b) {
        Alignment best = best(a, b);
        if (best == null) {
            return new Score(0, "a name is empty after normalisation");
        }
        double value = best.value;
        String forms = "";
        if (a.legalKind() != null && b.legalKind() != null && !a.legalKind().equals(b.legalKind()) && value > OTHER_FORM) {
            value -= OTHER_FORM;
            forms = "; legal forms differ (" + String.join(", ", a.legalForms()) + " and " + String.join(", ", b.legalForms()) + ")";
        } else if (!a.legalForms().isEmpty() && !b.legalForms().isEmpty()) {
            forms = "; legal forms agree (" + String.join(", ", a.legalForms()) + " and " + String.join(", ", b.legalForms()) + ")";
        } else if (!a.legalForms().isEmpty() || !b.legalForms().isEmpty()) {
            forms = "; legal form set aside (" + String.join(", ", a.legalForms().isEmpty() ? b.legalForms() : a.legalForms()) + ")";
        }
        return new Score(round(value), best.explain() + forms);
    }

    /**
     * Whether the names are built of the same words: every distinctive word of the shorter finds its
     * partner in the other (the same, a typo, another spelling) and more than generic words agree, or the
     * names written without spaces are nearly the same. "Shenzhen Randemi Machinery" and "Shenzhen
     * Xintekvi Machinery" are not. The import links or proposes only such names.
     */
    public static boolean sameWords(NormalizedName a, NormalizedName b) {
        Alignment best = best(a, b);
        return best != null && (best.compact || best.different == null);
    }

    /**
     * Whether every word of both names, generic ones too (stop words aside), found its partner: the names
     * differ at most by spelling, script, spacing and legal form. "Karovi Mariner" and "Karovi Co Ltd"
     * are the same words less one: alike, but for an analyst to confirm.
     */
    public static boolean everyWordPaired(NormalizedName a, NormalizedName b) {
        Alignment best = best(a, b);
        return best != null && (best.compact || best.allPaired());
    }

    /** The best alignment over the names' spellings (Han with Han only, when both have characters). */
    private static Alignment best(NormalizedName a, NormalizedName b) {
        boolean bothHan = a.han() && b.han();
        boolean abjad = abjad(a.script()) || abjad(b.script());
        Alignment best = null;
        for (NormalizedName.Spelling x : a.spellings()) {
            for (NormalizedName.Spelling y : b.spellings()) {
                if (x.parts().isEmpty() || y.parts().isEmpty() || bothHan && !(x.han() && y.han()) || x.han() != y.han()) {
                    continue;
                }
                Alignment alignment = new Alignment(x.parts(), y.parts(), x.han(), abjad);
                if (best == null || alignment.value > best.value) {
                    best = alignment;
                }
            }
        }
        return best;
    }

    private static boolean abjad(String script) {
        return script.equals("Arabic") || script.equals("Hebrew") || script.equals("Syriac") || script.equals("Thaana");
    }

    /** Two spellings' parts aligned one to one, and the score that follows. */
    private static final class Alignment {

        final List<NamePart> a;
        final List<NamePart> b;
        final int[] partnerOfA;
        final int[] partnerOfB;
        final double[] simOfA;
        final boolean han;
        double value;
        boolean compact;
        String different;
        /** What made the names different when two of their parts disagree (places, patronymics), else null. */
        String differentWhat;

        Alignment(List<NamePart> parts1, List<NamePart> parts2, boolean han, boolean abjad) {
            this.han = han;
            List<NamePart> x = han ? parts1 : merged(parts1, parts2, abjad);
            List<NamePart> y = han ? parts2 : merged(parts2, x, abjad);
            a = x;
            b = y;
            partnerOfA = new int[a.size()];
            partnerOfB = new int[b.size()];
            simOfA = new double[a.size()];
            Arrays.fill(partnerOfA, -1);
            Arrays.fill(partnerOfB, -1);
            double[][] sims = new double[a.size()][b.size()];
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    sims[i][j] = similarity(a.get(i), b.get(j), han, abjad);
                }
            }
            // Greedy one-to-one: the most alike pair first.
            while (true) {
                int bi = -1;
                int bj = -1;
                double bs = PAIR - 1e-9;
                for (int i = 0; i < a.size(); i++) {
                    if (partnerOfA[i] >= 0) {
                        continue;
                    }
                    for (int j = 0; j < b.size(); j++) {
                        if (partnerOfB[j] < 0 && sims[i][j] > bs) {
                            bs = sims[i][j];
                            bi = i;
                            bj = j;
                        }
                    }
                }
                if (bi < 0) {
                    break;
                }
                partnerOfA[bi] = bj;
                partnerOfB[bj] = bi;
                simOfA[bi] = bs;
            }
            score();
        }

        private void score() {
            double weightA = 0;
            double matchedA = 0;
            double weightB = 0;
            double matchedB = 0;
            for (int i = 0; i < a.size(); i++) {
                weightA += a.get(i).weight();
                if (partnerOfA[i] >= 0) {
                    matchedA += simOfA[i] * a.get(i).weight();
                    matchedB += simOfA[i] * b.get(partnerOfA[i]).weight();
                }
            }
            for (NamePart part : b) {
                weightB += part.weight();
            }
            double coverA = matchedA / weightA;
            double coverB = matchedB / weightB;
            double base = 0.6 * Math.max(coverA, coverB) + 0.4 * Math.min(coverA, coverB);
            boolean aShorter = weightA < weightB || weightA == weightB && a.size() <= b.size();
            different = unpairedDistinctive(aShorter ? a : b, aShorter ? partnerOfA : partnerOfB, true);
            if (different == null) {
                different = unpairedDistinctive(aShorter ? b : a, aShorter ? partnerOfB : partnerOfA, false);
            }
            String patronymicA = unpaired(a, partnerOfA, NamePart.Role.PATRONYMIC);
            String patronymicB = unpaired(b, partnerOfB, NamePart.Role.PATRONYMIC);
            if (different == null && patronymicA != null && patronymicB != null) {
                // Vladimir Sergeyevich and Vladimir Petrovich Sidorov: the sons of two fathers.
                different = patronymicA + "' and '" + patronymicB;
                differentWhat = "patronymics differ";
            }
            String placeA = unpairedPlace(a, partnerOfA);
            String placeB = unpairedPlace(b, partnerOfB);
            if (different == null && placeA == null && placeB != null) {
                placeA = unpairedWord(a, partnerOfA);
            } else if (different == null && placeA != null && placeB == null) {
                placeB = unpairedWord(b, partnerOfB);
            }
            if (different == null && placeA != null && placeB != null) {
                // Gazprom Transgaz Volgograd and Gazprom Transgaz Ufa: one name of two places is two companies.
                different = placeA + "' and '" + placeB;
                differentWhat = "places differ";
            }
            double whole = ratio(sorted(a), sorted(b));
            value = different != null ? Math.min(base, DIFFERENT) : base * (0.95 + 0.05 * whole);
            if (onlyInitials(a) || onlyInitials(b)) {
                // "a" or "V. V." alone names nobody: an initial stands for a name only beside a name.
                value = Math.min(value, 0.5);
            }
            if (!han && a.size() != b.size()) {
                // Only names spaced otherwise: with as many words on both sides, the words decide.
                String ca = joined(a);
                String cb = joined(b);
                double compactRatio = Math.min(ca.length(), cb.length()) >= 8 ? ratio(ca, cb) : 0;
                if (compactRatio >= COMPACT && compactRatio * 0.97 > value) {
                    value = compactRatio * 0.97;
                    compact = true;
                }
            }
            if (value < 0.5) {
                // No word in common: how alike the whole names are still ranks candidates, far below any threshold.
                value = Math.max(value, 0.5 * ratio(joined(a), joined(b)));
            }
            value = Math.max(0, Math.min(1, value));
        }

        /**
         * The shorter name's distinctive word that found no partner (every word, when it has no distinctive
         * one); in the longer name, a word more distinctive than any that paired (only generic words agree).
         */
        private static String unpairedDistinctive(List<NamePart> parts, int[] partners, boolean shorter) {
            boolean anyDistinctive = parts.stream().anyMatch(p -> p.weight() >= 0.5);
            double pairedMax = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (partners[i] >= 0) {
                    pairedMax = Math.max(pairedMax, parts.get(i).weight());
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                NamePart part = parts.get(i);
                if (partners[i] >= 0) {
                    continue;
                }
                if (shorter && (part.weight() >= 0.5 || !anyDistinctive)) {
                    return part.text();
                }
                if (!shorter && part.weight() >= 0.5 && part.weight() > pairedMax + 0.25) {
                    return part.text();
                }
            }
            return null;
        }

        /** A distinctive word without partner: in place of a city the table does not know (Yugorsk for Volgograd). */
        private static String unpairedWord(List<NamePart> parts, int[] partners) {
            for (int i = 0; i < parts.size(); i++) {
                if (partners[i] < 0 && parts.get(i).role() == NamePart.Role.WORD && parts.get(i).weight() >= 0.5) {
                    return parts.get(i).text();
                }
            }
            return null;
        }

        private static boolean onlyInitials(List<NamePart> parts) {
            return parts.stream().allMatch(p -> p.role() == NamePart.Role.INITIAL || p.text().length() == 1);
        }

        private static String unpaired(List<NamePart> parts, int[] partners, NamePart.Role role) {
            for (int i = 0; i < parts.size(); i++) {
                if (partners[i] < 0 && parts.get(i).role() == role) {
                    return parts.get(i).text();
                }
            }
            return null;
        }

        private static String unpairedPlace(List<NamePart> parts, int[] partners) {
            for (int i = 0; i < parts.size(); i++) {
                if (partners[i] < 0 && parts.get(i).role() == NamePart.Role.PLACE) {
                    return parts.get(i).text();
                }
            }
            return null;
        }

        boolean allPaired() {
            for (int i = 0; i < a.size(); i++) {
                if (partnerOfA[i] < 0 && a.get(i).weight() > 0.05) {
                    return false;
                }
            }
            for (int j = 0; j < b.size(); j++) {
                if (partnerOfB[j] < 0 && b.get(j).weight() > 0.05) {
                    return false;
                }
            }
            return true;
        }

        String explain() {
            List<String> reasons = new ArrayList<>();
            if (compact) {
                reasons.add("names alike when written without spaces ('" + joined(a) + "' ~ '" + joined(b) + "')");
            }
            if (han) {
                reasons.add("compared in Han characters");
            }
            for (int i = 0; i < a.size(); i++) {
                NamePart x = a.get(i);
                if (partnerOfA[i] < 0) {
                    continue;
                }
                NamePart y = b.get(partnerOfA[i]);
                if (x.role() == NamePart.Role.INITIAL || y.role() == NamePart.Role.INITIAL) {
                    NamePart initial = x.role() == NamePart.Role.INITIAL ? x : y;
                    NamePart full = initial == x ? y : x;
                    reasons.add("'" + initial.text() + "' as initial of '" + full.text() + "'");
                } else if (x.text().equals(y.text())) {
                    reasons.add("'" + x.text() + "'" + (x.concept() != null ? " (generic word)" : "") + " in both");
                } else if (x.concept() != null && x.concept().equals(y.concept())) {
                    if (x.weight() > 0.05) {
                        reasons.add("'" + x.text() + "' = '" + y.text() + "' (both mean " + x.concept().replace('_', ' ') + ", generic word)");
                    }
                } else {
                    reasons.add("'" + x.text() + "' ~ '" + y.text() + "' (" + Math.round(simOfA[i] * 100) + "% alike)");
                }
            }
            missing(a, partnerOfA, "first", reasons);
            missing(b, partnerOfB, "second", reasons);
            if (different != null) {
                reasons.add(differentWhat != null ? differentWhat + " ('" + different + "'): two different names"
                        : "distinctive word '" + different + "' has no counterpart: two different names");
            }
            return reasons.isEmpty() ? "names differ" : String.join("; ", reasons);
        }

        private static void missing(List<NamePart> parts, int[] partners, String which, List<String> reasons) {
            List<String> patronymics = new ArrayList<>();
            List<String> generic = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (partners[i] >= 0) {
                    continue;
                }
                NamePart part = parts.get(i);
                (part.role() == NamePart.Role.PATRONYMIC ? patronymics : part.concept() != null ? generic : words).add("'" + part.text() + "'");
            }
            if (!patronymics.isEmpty()) {
                reasons.add("patronymic " + String.join(", ", patronymics) + " only in the " + which + " name");
            }
            if (!words.isEmpty()) {
                reasons.add(String.join(", ", words) + " only in the " + which + " name");
            }
            if (!generic.isEmpty()) {
                reasons.add("generic " + String.join(", ", generic) + " only in the " + which + " name");
            }
        }
    }

    /**
     * Words run together or apart: adjacent parts of {@code parts} whose concatenation is a word of
     * {@code other} ("xi jinping" and "xijinping", "tian mu" and "tianmu") become one part.
     */
    private static List<NamePart> merged(List<NamePart> parts, List<NamePart> other, boolean abjad) {
        if (parts.size() < 2) {
            return parts;
        }
        for (int i = 0; i + 1 < parts.size(); i++) {
            for (int span = Math.min(4, parts.size() - i); span >= 2; span--) {
                StringBuilder joined = new StringBuilder();
                double weight = 0;
                for (int k = i; k < i + span; k++) {
                    joined.append(parts.get(k).text());
                    weight = Math.max(weight, parts.get(k).weight());
                }
                NamePart candidate = new NamePart(joined.toString(), null, Math.max(weight, 1.0), NamePart.Role.WORD);
                for (NamePart target : other) {
                    if (target.text().length() < 4 || bound(candidate.text(), target.text()) < 0.85 && !abjad
                            || ratio(candidate.text(), target.text()) < 0.85
                            && ratio(candidate.folded(), target.folded()) < 0.85
                            && !(abjad && ratio(skeleton(candidate.text()), skeleton(target.text())) >= 0.85)) {
                        continue;
                    }
                    boolean alone = false;
                    for (int k = i; k < i + span && !alone; k++) {
                        alone = similarity(parts.get(k), target, false, abjad) >= 0.85;
                    }
                    if (!alone) {
                        List<NamePart> rebuilt = new ArrayList<>(parts.subList(0, i));
                        rebuilt.add(candidate);
                        rebuilt.addAll(parts.subList(i + span, parts.size()));
                        return merged(rebuilt, other, abjad);
                    }
                }
            }
        }
        return parts;
    }

    /** How alike two parts are, in [0, 1]. */
    static double similarity(NamePart x, NamePart y, boolean han, boolean abjad) {
        if (x.text().equals(y.text())) {
            return 1.0;
        }
        if (x.concept() != null && y.concept() != null) {
            return x.concept().equals(y.concept()) ? 1.0 : 0;
        }
        if (x.role() == NamePart.Role.NUMBER || y.role() == NamePart.Role.NUMBER) {
            return 0;
        }
        if (x.role() == NamePart.Role.INITIAL || y.role() == NamePart.Role.INITIAL) {
            NamePart initial = x.role() == NamePart.Role.INITIAL ? x : y;
            NamePart other = initial == x ? y : x;
            return other.text().startsWith(initial.text()) ? 0.9 : 0;
        }
        if (han) {
            return ratio(x.text(), y.text());
        }
        // Words whose lengths differ too much cannot be partners: spare the edit distance.
        if (!abjad && bound(x.text(), y.text()) < PAIR && bound(x.folded(), y.folded()) < PAIR) {
            return 0;
        }
        double alike = ratio(x.text(), y.text());
        if (alike < PAIR && swapped(x.text(), y.text())) {
            // Two letters swapped in a short word (Adb, Abd): a typist's slip, not another word.
            alike = 0.8;
        }
        if (alike < 0.95) {
            alike = Math.max(alike, 0.96 * ratio(x.folded(), y.folded()));
        }
        if (abjad && alike < PAIR) {
            String sx = skeleton(x.text());
            String sy = skeleton(y.text());
            if (sx.length() >= 3 && sy.length() >= 3) {
                alike = Math.max(alike, 0.9 * ratio(sx, sy));
            }
        }
        return alike;
    }

    /**
     * A spelling folded to how it sounds, so that romanisations meet: kh/h, zh/j/dzh, ts/c/tz/cz, shch/sch/sh,
     * ph/f, w/v, y/j/i, ou/u, Korean eo/o and eu/u, doubled letters once (Khrushchev, Chruschtschow and
     * Hruscev come close; Jeong and Jong meet).
     */
    static String fold(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        s = s.replace("shch", "S").replace("sch", "S").replace("shh", "S").replace("sh", "S")
                .replace("tch", "C").replace("ch", "C")
                .replace("dzh", "Z").replace("dj", "Z").replace("zh", "Z")
                .replace("kh", "h").replace("gh", "g").replace("ph", "f").replace("th", "t")
                .replace("ts", "c").replace("tz", "c").replace("cz", "c")
                .replace("ck", "k").replace("q", "k").replace("x", "ks").replace("w", "v")
                .replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("eo", "o").replace("eu", "u")
                .replace('y', 'i').replace('j', 'i');
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                folded.append(s.charAt(i));
            }
        }
        return folded.toString();
    }

    /**
     * The consonants of a word (y and w kept: they are letters in Arabic and Hebrew), for names from scripts
     * that write few vowels.
     */
    static String skeleton(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        StringBuilder consonants = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aeiou".indexOf(c) < 0 && (consonants.length() == 0 || consonants.charAt(consonants.length() - 1) != c)) {
                consonants.append(c);
            }
        }
        return consonants.toString();
    }

    private static String sorted(List<NamePart> parts) {
        return String.join(" ", parts.stream().map(NamePart::text).sorted().toList());
    }

    private static String joined(List<NamePart> parts) {
        StringBuilder joined = new StringBuilder();
        parts.forEach(p -> joined.append(p.text()));
        return joined.toString();
    }

    /** Whether the words differ only by two neighbouring letters swapped. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.length() < 3) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /** The most {@link #ratio} can be for words of these lengths. */
    private static double bound(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1.0 : 1.0 - (double) Math.abs(a.length() - b.length()) / longest;
    }

    /** 1 − normalised Levenshtein distance. */
    static double ratio(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / longest;
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment):
     * "Abudl" is one edit from "Abdul", as typists make it.
     */
    static int levenshtein(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] swap = before;
            before = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
