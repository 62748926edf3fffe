package org.interdict.infrastructure.elasticsearch.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds look-alike letters of another script into the script a word is written in. Clerks and
 * vendors type Latin names on Russian keyboards and the reverse: {@code SAYDBEК} with a Cyrillic К,
 * {@code OOO RОMASHKA} with a Cyrillic О, a Cyrillic {@code Ромашка} with a Latin {@code a}. Romanised
 * letter by letter, such a word changes (Cyrillic Р is R, С is S, Н is N, В is V), and the name no longer
 * meets its clean spelling.
 *
 * <p>Only a word written in a mix of scripts is touched, and only its letters outside the script most of
 * its letters are in: such a letter becomes the letter of the word's script that Unicode's confusable
 * data (UTS #39, through ICU's {@link SpoofChecker} skeletons) says looks the same, in the same case where
 * there is a choice; a letter with no look-alike there stays. Words in one script are left as they are
 * (no "rn" becomes "m"), and so are words whose scripts are even, and separate words in separate scripts
 * ({@code ООО ROMASHKA}).
 *
 * <p>Thread-safe: the tables are built once and never change.
 */
public final class ConfusableLetters {

    /** Immutable once built, per ICU's documentation; only its skeletons are used. */
    private static final SpoofChecker CHECKER = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

    /**
     * The letters a look-alike may become, by script: the letters names are written in, not every letter
     * of the script (Latin ĸ or ʙ, the skeletons of Cyrillic к and в, are no improvement on them).
     */
    private static final Map<Integer, Map<String, List<Integer>>> TARGETS = Map.of(
            UScript.LATIN, bySkeleton("[[:Latin:]&[A-Za-z\\u00C0-\\u00FF]&[:L:]]"),
            UScript.CYRILLIC, bySkeleton("[[:Cyrillic:]&[\\u0400-\\u04FF]&[:L:]]"),
            UScript.GREEK, bySkeleton("[[:Greek:]&[\\u0370-\\u03FF]&[:L:]]"),
            UScript.ARMENIAN, bySkeleton("[[:Armenian:]&[:L:]]"));

    /** (script, letter) → the letter it folds to, the letter itself where none. */
    private static final Map<Long, Integer> FOLDED = new ConcurrentHashMap<>();

    private ConfusableLetters() {
    }

    /** The text with each word of mixed scripts written in its main script's letters; other words as they are. */
    public static String fold(String text) {
        if (text == null || ascii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && inWord(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > i) {
                out.append(foldWord(text.substring(i, end)));
                i = end;
            } else {
                int cp = text.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    private static String foldWord(String word) {
        Map<Integer, Integer> counts = new HashMap<>();
        word.codePoints().filter(Character::isLetter).map(ConfusableLetters::script)
                .filter(s -> s != UScript.COMMON && s != UScript.INHERITED)
                .forEach(s -> counts.merge(s, 1, Integer::sum));
        if (counts.size() < 2) {
            return word;
        }
        int main = -1;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                main = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        Map<String, List<Integer>> targets = TARGETS.get(main);
        if (tie || targets == null) {
            return word;
        }
        int script = main;
        StringBuilder folded = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> {
            int s = script(cp);
            boolean other = Character.isLetter(cp) && s != script && s != UScript.COMMON && s != UScript.INHERITED;
            folded.appendCodePoint(other ? FOLDED.computeIfAbsent(((long) script << 32) | cp, k -> lookAlike(cp, targets)) : cp);
        });
        return folded.toString();
    }

    /** The letter among the targets that looks like this one, in the same case where both cases do; itself where none does. */
    private static int lookAlike(int cp, Map<String, List<Integer>> targets) {
        List<Integer> candidates = targets.get(CHECKER.getSkeleton(new String(Character.toChars(cp))));
        if (candidates == null) {
            return cp;
        }
        for (int candidate : candidates) {
            if (Character.isUpperCase(candidate) == Character.isUpperCase(cp)) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    private static Map<String, List<Integer>> bySkeleton(String letters) {
        Map<String, List<Integer>> bySkeleton = new HashMap<>();
        for (String letter : new UnicodeSet(letters)) {
            bySkeleton.computeIfAbsent(CHECKER.getSkeleton(letter), k -> new ArrayList<>()).add(letter.codePointAt(0));
        }
        bySkeleton.replaceAll((skeleton, list) -> List.copyOf(list));
        return Map.copyOf(bySkeleton);
    }

    private static int script(int cp) {
        return UScript.getScript(cp);
    }

    /** Letters and the marks on them make a word; a digit, space or punctuation ends it. */
    private static boolean inWord(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
