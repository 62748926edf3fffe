package org.interdict.infrastructure.elasticsearch.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The table of generic name words ({@code name-words.tsv}): trade words, places, organisation words,
 * stop words and person titles, each with the concept it stands for and a weight saying how little it
 * tells. Translations share a concept, so "Logistics", "Wuliu", 物流 and "Логистика" all give the entry
 * {@code logistics}.
 *
 * <p>Latin and Cyrillic forms are looked up by their folded form: ICU "Any-Latin; Latin-ASCII", lower
 * case, apostrophes removed, other punctuation turned into spaces, as {@link NameNormalizer} folds names
 * (a Cyrillic form is thus also found under its ICU romanisation, технологии under "tehnologii"). Han
 * forms are looked up as written, in Simplified or Traditional characters. A Han form of two characters
 * or more is also found under its ICU pinyin, syllables separated by spaces ("wu liu" for 物流), as the
 * normaliser writes Han names; a pinyin spelling shared by two concepts (山西 and 陕西 are both
 * "shan xi") is left out, as it cannot say which one is meant.
 *
 * <p>Immutable once built, so thread-safe; each thread has its own ICU transliterator for folding.
 */
public final class NameWords {

    private static final String RESOURCE = "/org/interdict/names/name-words.tsv";

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** What a generic word is: a line of business, a place, an organisation word, a stop word, a person's title. */
    public enum Kind {
        TRADE, PLACE, ORG, STOP, TITLE;

        /** The kind as the table writes it (trade, place, org, stop, title), or null for another word. */
        static Kind of(String written) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(written)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A generic word: the concept it stands for, how much it tells (0 to 1) and its kind. */
    public record Entry(String concept, double weight, Kind kind) {

        /** Whether the word is a person's title rather than a part of a name. */
        public boolean title() {
            return kind == Kind.TITLE;
        }
    }

    /** Built on first use. */
    private static final class Shared {
        static final NameWords INSTANCE = fromResource();
    }

    /** Folded Latin phrase (tokens joined by one space) → entry. */
    private final Map<String, Entry> latin;
    /** Han string as written, and its Simplified or Traditional twin → entry. */
    private final Map<String, Entry> han;
    private final int longestLatinPhrase;
    private final int longestHanForm;
    private final List<String> conflicts;
    private final List<String> homophones;

    private NameWords(Map<String, Entry> latin, Map<String, Entry> han, List<String> conflicts,
            List<String> homophones) {
        this.latin = Map.copyOf(latin);
        this.han = Map.copyOf(han);
        this.conflicts = List.copyOf(conflicts);
        this.homophones = List.copyOf(homophones);
        this.longestLatinPhrase = latin.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        this.longestHanForm = han.keySet().stream().mapToInt(k -> k.codePointCount(0, k.length())).max().orElse(0);
    }

    /** The application's one table, read once from the resource. */
    public static NameWords shared() {
        return Shared.INSTANCE;
    }

    /**
     * The entry for a Latin token or phrase (lower-case ASCII tokens joined by one space) or a Han
     * string; null if the word is not generic. Other text (capitals, Cyrillic, diacritics) is folded
     * first, so {@code entry("Логистика")} works too, more slowly.
     */
    public Entry entry(String form) {
        if (form == null || form.isBlank()) {
            return null;
        }
        if (containsHan(form)) {
            return han.get(form.strip());
        }
        Entry entry = latin.get(form);
        if (entry != null || isFolded(form)) {
            return entry;
        }
        return latin.get(fold(form));
    }

    /** The number of tokens of the longest Latin form, so a caller knows how far to look ahead. */
    public int longestLatinPhrase() {
        return longestLatinPhrase;
    }

    /** The number of characters of the longest Han form. */
    public int longestHanForm() {
        return longestHanForm;
    }

    /** Forms the table gives to two concepts, as "form: first concept / second concept"; empty when the table is sound. */
    List<String> conflicts() {
        return conflicts;
    }

    /** Pinyin spellings of Han forms left out because two concepts share them, as "pinyin: concept / concept". */
    List<String> homophones() {
        return homophones;
    }

    static NameWords fromResource() {
        try (InputStream in = NameWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table in the format of {@code name-words.tsv}.
     *
     * @throws IllegalArgumentException for a line that is not concept, weight in [0, 1], known kind and
     *         forms, separated by tabs; or for a concept given on two lines
     */
    static NameWords read(BufferedReader reader) throws IOException {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        Map<String, Entry> latin = new HashMap<>();
        Map<String, Entry> han = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        Map<String, Entry> pinyin = new LinkedHashMap<>();
        Map<String, Set<String>> pinyinConcepts = new HashMap<>();
        Set<String> concepts = new HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IllegalArgumentException("line " + number + ": " + columns.length + " columns, not 4: " + line);
            }
            Entry entry = new Entry(columns[0].strip(), weight(columns[1], number), Kind.of(columns[2].strip()));
            if (entry.concept().isEmpty() || entry.kind() == null) {
                throw new IllegalArgumentException("line " + number + ": no concept or an unknown kind: " + line);
            }
            if (!concepts.add(entry.concept())) {
                throw new IllegalArgumentException("line " + number + ": concept " + entry.concept() + " again");
            }
            for (String form : columns[3].split("\\|")) {
                if (form.isBlank()) {
                    throw new IllegalArgumentException("line " + number + ": an empty form");
                }
                if (containsHan(form)) {
                    String written = form.strip();
                    for (String variant : new LinkedHashSet<>(List.of(written, toSimplified.transliterate(written),
                            toTraditional.transliterate(written)))) {
                        put(han, variant, entry, conflicts);
                    }
                    if (written.codePointCount(0, written.length()) > 1) {
                        String syllables = fold(written);
                        pinyin.putIfAbsent(syllables, entry);
                        pinyinConcepts.computeIfAbsent(syllables, k -> new LinkedHashSet<>()).add(entry.concept());
                    }
                } else {
                    String folded = fold(form);
                    if (folded.isEmpty()) {
                        throw new IllegalArgumentException("line " + number + ": form '" + form + "' folds to nothing");
                    }
                    put(latin, folded, entry, conflicts);
                }
            }
        }
        List<String> homophones = new ArrayList<>();
        pinyin.forEach((syllables, entry) -> {
            Entry written = latin.get(syllables);
            Set<String> shared = pinyinConcepts.get(syllables);
            if (shared.size() > 1) {
                homophones.add(syllables + ": " + String.join(" / ", shared));
            } else if (written == null) {
                latin.put(syllables, entry);
            } else if (!written.concept().equals(entry.concept())) {
                homophones.add(syllables + ": " + written.concept() + " / " + entry.concept());
            }
        });
        Collections.sort(homophones);
        return new NameWords(latin, han, conflicts, homophones);
    }

    private static void put(Map<String, Entry> map, String key, Entry entry, List<String> conflicts) {
        Entry other = map.putIfAbsent(key, entry);
        if (other != null && !other.concept().equals(entry.concept())) {
            conflicts.add(key + ": " + other.concept() + " / " + entry.concept());
        }
    }

    private static double weight(String text, int number) {
        double weight;
        try {
            weight = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + number + ": weight '" + text + "' is not a number", e);
        }
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("line " + number + ": weight " + weight + " is not between 0 and 1");
        }
        return weight;
    }

    /** Lower-case ASCII Latin tokens joined by one space, as {@link NameNormalizer#tokens} makes them. */
    static String fold(String text) {
        String folded = NFKC.normalize(text);
        String latin = isAscii(folded) ? folded : TO_LATIN.get().transliterate(folded);
        // Apostrophes and primes mark soft signs and elisions inside words: Sil'va is one word.
        return latin.toLowerCase(Locale.ROOT)
                .replaceAll("['’ʹʼ`´\"]", "")
                .replaceAll("[^\\p{Alnum}]+", " ")
                .strip();
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean isFolded(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
