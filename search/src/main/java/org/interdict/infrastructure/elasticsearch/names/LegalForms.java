package org.interdict.infrastructure.elasticsearch.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The legal forms of organisations (LLC, ООО, 有限公司, GmbH, Co., Ltd., Youxian Gongsi, …) from the full
 * table of opensanctions/rigour ({@code rigour-org-types.yml}, MIT licence, shipped as it is in
 * shared/data/name_matching) plus the project's own additions ({@code legal-forms-extra.tsv}: romanised
 * forms analysts type that the table lacks). Each variant is kept normalised as a phrase of Latin words,
 * and Han variants also as characters. Found exactly, or with a typo in a word of five letters or more
 * ("Joint Stok Company"), so that a misspelt form leaves no junk words behind.
 */
final class LegalForms {

    private static final String TABLE = "/org/interdict/names/rigour-org-types.yml";
    private static final String EXTRA = "/org/interdict/names/legal-forms-extra.tsv";
    /** Words this alike count as the same word of a form. */
    private static final double WORD_TYPO = 0.8;

    /** A legal form: how it is displayed, and its generic kind (LLC, JSC, SOE, …; null when the table has none). */
    record Form(String display, String generic) {
    }

    /** A form found in a name: which, and how many words it took. */
    record Found(Form form, int length) {
    }

    private final Map<String, Form> phrases = new HashMap<>();
    /** Phrases of two words and more by their word count, for the fuzzy look-up. */
    private final Map<Integer, List<String[]>> byLength = new HashMap<>();
    private final Map<String, Form> han = new HashMap<>();
    private final int longest;
    private int longestHan = 1;

    LegalForms(Function<String, List<String>> tokens) {
        List<String[]> entries = new ArrayList<>();
        readTable(entries);
        readExtra(entries);
        int most = 1;
        for (String[] entry : entries) {
            Form form = new Form(entry[0], entry[1].isEmpty() ? null : entry[1]);
            String alias = entry[2];
            if (alias.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                String chars = alias.replaceAll("\\s+", "");
                han.putIfAbsent(chars, form);
                longestHan = Math.max(longestHan, chars.length());
            }
            List<String> words = tokens.apply(alias);
            if (words.isEmpty()) {
                continue;
            }
            String phrase = String.join(" ", words);
            // A variant that is some form's own display belongs to that form (ООО is OOO, not the Ukrainian ТОВ).
            if (phrases.containsKey(phrase) && phrase.equals(String.join(" ", tokens.apply(form.display())))) {
                phrases.put(phrase, form);
            }
            if (phrases.putIfAbsent(phrase, form) == null && words.size() >= 2) {
                byLength.computeIfAbsent(words.size(), n -> new ArrayList<>()).add(words.toArray(String[]::new));
            }
            most = Math.max(most, words.size());
        }
        longest = most;
    }

    int longest() {
        return longest;
    }

    int longestHan() {
        return longestHan;
    }

    /** The form a Han string is, or null. */
    Form han(String chars) {
        return han.get(chars);
    }

    /** The form these words are exactly, or null. */
    Form exact(List<String> words) {
        return phrases.get(String.join(" ", words));
    }

    /**
     * The form these words are with a typo: every word the same, or one letter off when it has four letters
     * or more, or alike to at least {@value #WORD_TYPO} when it has five; two words at least, so that a short
     * word is never taken for a form.
     */
    Form fuzzy(List<String> words) {
        List<String[]> candidates = byLength.get(words.size());
        if (candidates == null || words.size() < 2) {
            return null;
        }
        for (String[] candidate : candidates) {
            boolean alike = true;
            boolean typo = false;
            for (int i = 0; i < candidate.length && alike; i++) {
                String word = words.get(i);
                if (word.equals(candidate[i])) {
                    continue;
                }
                typo = true;
                alike = word.length() >= 5 && candidate[i].length() >= 5 && NameSimilarity.ratio(word, candidate[i]) >= WORD_TYPO
                        || word.length() >= 4 && candidate[i].length() >= 4 && NameSimilarity.levenshtein(word, candidate[i]) == 1;
            }
            if (alike && typo) {
                return phrases.get(String.join(" ", candidate));
            }
        }
        return null;
    }

    /** Display, generic and alias of every variant in the rigour table (a small reader for its plain YAML). */
    private static void readTable(List<String[]> entries) {
        try (BufferedReader reader = open(TABLE)) {
            String display = null;
            String compare = null;
            String generic = "";
            List<String> aliases = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String text = withoutComment(line);
                if (text.isBlank()) {
                    continue;
                }
                String stripped = text.strip();
                if (text.startsWith("  - ")) {
                    flush(entries, display, compare, generic, aliases);
                    display = null;
                    compare = null;
                    generic = "";
                    aliases = new ArrayList<>();
                    stripped = stripped.substring(2);
                }
                if (stripped.startsWith("display:")) {
                    display = value(stripped);
                } else if (stripped.startsWith("compare:")) {
                    compare = value(stripped);
                } else if (stripped.startsWith("generic:")) {
                    generic = value(stripped);
                } else if (stripped.startsWith("- ") && text.startsWith("      ")) {
                    aliases.add(unquote(stripped.substring(2).strip()));
                }
            }
            flush(entries, display, compare, generic, aliases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(List<String[]> entries, String display, String compare, String generic, List<String> aliases) {
        if (aliases.isEmpty() && display == null) {
            return;
        }
        String shown = display != null ? display : compare != null ? compare : generic.isEmpty() ? aliases.get(0) : generic;
        if (display != null) {
            entries.add(new String[] {shown, generic, display});
        }
        if (compare != null) {
            entries.add(new String[] {shown, generic, compare});
        }
        aliases.forEach(alias -> entries.add(new String[] {shown, generic, alias}));
    }

    /** The project's additions: form, generic kind, variant (tab-separated). */
    private static void readExtra(List<String[]> entries) {
        try (BufferedReader reader = open(EXTRA)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException(EXTRA + ": expected form, generic kind and variant in '" + line + "'");
                }
                entries.add(columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader open(String resource) {
        InputStream in = LegalForms.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        String text = line.stripLeading().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
        return text.stripTrailing();
    }

    private static String value(String keyValue) {
        return unquote(keyValue.substring(keyValue.indexOf(':') + 1).strip());
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
