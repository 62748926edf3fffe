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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes names comparable across scripts and spellings, in Java, so that the same normalisation serves
 * at index and at query time and needs no Elasticsearch plugin: Unicode compatibility folding,
 * transliteration of any script into Latin with ICU (Cyrillic, Greek, Arabic, Hebrew; Han to pinyin),
 * ASCII folding, punctuation removed, and legal-form words (LLC, ООО, 有限公司, GmbH, Co., Ltd., …) set
 * aside at the start and end of the name. The table of legal forms is the project's own resource
 * ({@code legal-forms.tsv}, from opensanctions/rigour), normalised with the same steps.
 *
 * <p>Thread-safe: each thread has its own ICU transliterator, as they are not safe to share (ICU
 * caches the compiled rules, so only the first one costs seconds). {@link #shared()} is the one
 * instance the application uses.
 */
public final class NameNormalizer {

    private static final String LEGAL_FORMS = "/org/interdict/names/legal-forms.tsv";

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /** Built on first use. */
    private static final class Shared {
        static final NameNormalizer INSTANCE = new NameNormalizer();
    }
    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    /** Normalised legal-form phrase (tokens joined by spaces) → the form it stands for. */
    private final Map<String, String> legalForms = new HashMap<>();
    private final int longestForm;
    /** Names normalised lately (cleared when full, so it never grows past {@value #RECENT}). */
    private final java.util.concurrent.ConcurrentHashMap<String, NormalizedName> recent = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int RECENT = 50_000;

    /** The application's one normaliser (its table of legal forms read once). */
    public static NameNormalizer shared() {
        return Shared.INSTANCE;
    }

    public NameNormalizer() {
        int longest = 1;
        try (InputStream in = NameNormalizer.class.getResourceAsStream(LEGAL_FORMS)) {
            if (in == null) {
                throw new IllegalStateException(LEGAL_FORMS + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                List<String> tokens = tokens(parts[1]);
                if (!tokens.isEmpty()) {
                    legalForms.putIfAbsent(String.join(" ", tokens), parts[0]);
                    longest = Math.max(longest, tokens.size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        longestForm = longest;
    }

    /**
     * The name normalised. Names recur (a million customs lines name a few thousand companies, each
     * indexed and matched again and again), so the most recent results are kept: transliteration is
     * the costly step.
     */
    public NormalizedName normalize(String name) {
        String original = name == null ? "" : name.strip();
        NormalizedName known = recent.get(original);
        if (known != null) {
            return known;
        }
        if (recent.size() >= RECENT) {
            recent.clear();
        }
        NormalizedName normalized = compute(original);
        recent.put(original, normalized);
        return normalized;
    }

    private NormalizedName compute(String original) {
        List<String> tokens = new ArrayList<>(tokens(original));
        List<String> removed = new ArrayList<>();
        boolean stripped = true;
        while (stripped && tokens.size() > 1) {
            stripped = stripAtEnd(tokens, removed) || stripAtStart(tokens, removed);
        }
        return new NormalizedName(original, script(original), String.join(" ", tokens), List.copyOf(tokens),
                List.copyOf(removed));
    }

    /** Latin, lower-case ASCII tokens of the text, without any legal-form handling. */
    public List<String> tokens(String text) {
        String folded = nfkc.normalize(text);
        // Most names are plain ASCII already: the transliterator would return them unchanged, slowly.
        String latin = isAscii(folded) ? folded : TO_LATIN.get().transliterate(folded);
        // Apostrophes and primes mark soft signs and elisions inside words: Sil'va is one word.
        String cleaned = latin.toLowerCase(Locale.ROOT)
                .replaceAll("['’ʹʼ`´\"]", "")
                .replaceAll("[^\\p{Alnum}]+", " ")
                .strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    }

    private boolean stripAtEnd(List<String> tokens, List<String> removed) {
        for (int length = Math.min(longestForm, tokens.size() - 1); length >= 1; length--) {
            String phrase = String.join(" ", tokens.subList(tokens.size() - length, tokens.size()));
            String form = legalForms.get(phrase);
            if (form != null) {
                tokens.subList(tokens.size() - length, tokens.size()).clear();
                removed.add(0, form);
                return true;
            }
        }
        return false;
    }

    private boolean stripAtStart(List<String> tokens, List<String> removed) {
        for (int length = Math.min(longestForm, tokens.size() - 1); length >= 1; length--) {
            String phrase = String.join(" ", tokens.subList(0, length));
            String form = legalForms.get(phrase);
            if (form != null) {
                tokens.subList(0, length).clear();
                removed.add(form);
                return true;
            }
        }
        return false;
    }

    /** The script most of the letters are written in. */
    static String script(String name) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        name.codePoints().filter(Character::isLetter).forEach(cp -> counts[Character.UnicodeScript.of(cp).ordinal()]++);
        int best = Character.UnicodeScript.COMMON.ordinal();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        String script = Character.UnicodeScript.values()[best].name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(script.charAt(0)) + script.substring(1);
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
