package org.interdict.infrastructure.elasticsearch.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Makes names comparable across scripts and spellings, in Java, so that the same normalisation serves at
 * index and at query time and needs no Elasticsearch plugin:
 *
 * <ul>
 * <li>Unicode compatibility folding; look-alike letters of another script inside a word folded into the
 * word's script ({@link ConfusableLetters}: SAYDBEК with a Cyrillic К is SAYDBEK); dotted acronyms
 * joined (S.A.C.C. is one word, AT&amp;T is att);</li>
 * <li>a Latin spelling per romanisation: Cyrillic under ICU, BGN/PCGN, GOST 7.79, ISO 9 and the Ukrainian
 * and Belarusian national systems ({@link Romanizations}); any other script through ICU's
 * transliterators (Greek, Arabic, Hebrew, Georgian, Armenian, Korean, kana, Devanagari, …); a script ICU
 * cannot romanise keeps its own letters, so that no name becomes empty;</li>
 * <li>Han names kept in characters (compared so when both names are Han: homophones stay apart) and in
 * pinyin grouped into words as analysts write them: the generic words of the name (cities, trade words)
 * are found in {@link NameWords}, the rest of the characters is one word ("深圳市天目物流" is
 * shenzhen tianmu wuliu);</li>
 * <li>legal forms ({@link LegalForms}: the rigour table, exactly or with a typo) set aside at the start and
 * end of an organisation's name while another word remains, and kept as a typed attribute; two-letter
 * forms (SA, AG, AS) only at the end and only where written as a form;</li>
 * <li>number words as digits (Forty-Four is 44); generic words marked with their concept and weight; for
 * persons, titles dropped, initials and patronymics marked.</li>
 * </ul>
 *
 * <p>Thread-safe: each thread has its own ICU transliterators, as they are not safe to share. {@link #shared()}
 * is the one instance the application uses.
 */
public final class NameNormalizer {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> HAN_TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    /** Dotted acronyms: S.A., S.A.C.C., U.S.A. (letters each followed by a dot, no spaces). */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}])((?:\\p{L}\\.){2,}\\p{L}?)");
    /** An ampersand inside a word: AT&T, H&M. */
    private static final Pattern AMPERSAND_WORD = Pattern.compile("(?<=\\p{L})&(?=\\p{L})");
    private static final Pattern PATRONYMIC = Pattern.compile(".{3,}(ovich|evich|ovna|evna|ichna|inichna|ogly|oglu|kyzy|qizi)");
    private static final Map<String, Integer> NUMBERS = numberWords();
    private static final int RECENT = 50_000;

    /** Built on first use. */
    private static final class Shared {
        static final NameNormalizer INSTANCE = new NameNormalizer();
    }

    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    private final LegalForms legalForms = new LegalForms(this::tokens);
    private final NameWords words = NameWords.shared();
    /** Names normalised lately, by kind (cleared when full, so it never grows past {@value #RECENT}). */
    private final ConcurrentHashMap<String, NormalizedName> recent = new ConcurrentHashMap<>();

    /** The application's one normaliser (its tables read once). */
    public static NameNormalizer shared() {
        return Shared.INSTANCE;
    }

    /**
     * The name normalised, its kind unknown (a person or an organisation as the name itself suggests).
     * Names recur (a million customs lines name a few thousand companies), so recent results are kept.
     */
    public NormalizedName normalize(String name) {
        return normalize(name, NameKind.UNKNOWN);
    }

    /** The name normalised as a person's or an organisation's name. */
    public NormalizedName normalize(String name, NameKind kind) {
        String original = name == null ? "" : name.strip();
        String key = kind.ordinal() + original;
        NormalizedName known = recent.get(key);
        if (known != null) {
            return known;
        }
        if (recent.size() >= RECENT) {
            recent.clear();
        }
        NormalizedName normalized = compute(original, kind == null ? NameKind.UNKNOWN : kind);
        recent.put(key, normalized);
        return normalized;
    }

    /**
     * Names derived from a name, to be indexed and matched as names of their own: the parts of "Ural
     * Optical and Mechanical Plant (UOMZ)" outside and inside the parentheses, and the acronym of an
     * organisation's name of three words or more (stop words and legal forms left out).
     */
    public List<String> derived(String name, NameKind kind) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Set<String> derived = new LinkedHashSet<>();
        int open = name.indexOf('(');
        int close = name.indexOf(')', open + 1);
        if (open > 0 && close > open + 1) {
            String inside = name.substring(open + 1, close).strip();
            String outside = (name.substring(0, open) + " " + name.substring(close + 1)).replaceAll("\\s+", " ").strip();
            // Only a part with a word of its own: "(Hong Kong)" or "(Pvt)" is no short name.
            if (distinctive(normalize(inside, kind))) {
                derived.add(inside);
            }
            if (distinctive(normalize(outside, kind))) {
                derived.add(outside);
            }
        }
        NormalizedName normalized = normalize(open > 0 && close > open ? name.substring(0, open) + name.substring(close + 1) : name, kind);
        if (normalized.kind() != NameKind.PERSON && normalized.script().equals("Latin")) {
            StringBuilder acronym = new StringBuilder();
            for (NamePart part : normalized.spellings().get(0).parts()) {
                if (part.weight() > 0.1 && part.role() != NamePart.Role.NUMBER) {
                    acronym.append(part.text().charAt(0));
                }
            }
            if (acronym.length() >= 3 && normalized.tokens().size() >= 3) {
                derived.add(acronym.toString().toUpperCase(Locale.ROOT));
            }
        }
        derived.remove(name);
        return List.copyOf(derived);
    }

    /** Whether the name has a part of its own (a brand, a surname), not only generic words or a legal form. */
    private boolean distinctive(NormalizedName name) {
        if (name.tokens().isEmpty() || legalForms.exact(name.tokens()) != null) {
            return false;
        }
        return name.spellings().get(0).parts().stream().anyMatch(p -> p.weight() >= 0.5 && p.role() != NamePart.Role.INITIAL);
    }

    private NormalizedName compute(String original, NameKind stated) {
        // Look-alike letters of another script (a Cyrillic О in a Latin word) before anything reads the
        // word's letters: the script, the romanisation and the legal forms all depend on them.
        String folded = ConfusableLetters.fold(nfkc.normalize(original));
        // A dotted acronym is one word (S.A.C.C.); two or three dotted letters in a name that may be a
        // person's are initials (G.T. Zolotarkin, Г.Т.).
        folded = DOTTED.matcher(folded).replaceAll(m -> {
            String letters = m.group(1).replace(".", "");
            return stated != NameKind.ORGANIZATION && letters.length() <= 3 ? String.join(" ", letters.split("")) : letters;
        });
        folded = AMPERSAND_WORD.matcher(folded).replaceAll("");
        String script = script(folded);
        List<String> forms = new ArrayList<>();
        String[] legalKind = {null};
        List<NormalizedName.Spelling> spellings = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        NameKind kind = stated;

        if (folded.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count() >= 2) {
            hanSpellings(folded, kind, forms, legalKind, spellings, keys);
        } else {
            List<String> romanised = script.equals("Cyrillic") ? Romanizations.cyrillic(folded) : List.of(latin(folded));
            String icu = latin(folded);
            boolean allUpper = icu.equals(icu.toUpperCase(Locale.ROOT));
            Set<String> upperWords = upperWords(icu);
            List<String> firstTokens = null;
            for (String text : romanised) {
                List<String> tokens = numbers(clean(text));
                if (tokens.isEmpty()) {
                    continue;
                }
                List<String> removed = new ArrayList<>();
                List<String> kinds = new ArrayList<>();
                if (kind != NameKind.PERSON) {
                    stripForms(tokens, removed, kinds, allUpper, upperWords, kind);
                }
                if (spellings.isEmpty()) {
                    forms.addAll(removed);
                    legalKind[0] = kinds.isEmpty() ? null : kinds.get(0);
                }
                if (firstTokens == null) {
                    firstTokens = tokens;
                }
                spellings.add(new NormalizedName.Spelling(parts(tokens, kind, !removed.isEmpty(), firstTokens), false));
            }
        }
        if (spellings.isEmpty() || spellings.get(0).parts().isEmpty()) {
            // A script nothing romanises (Khmer, Myanmar, …): the name's own letters are its words.
            List<String> own = clean(folded.toLowerCase(Locale.ROOT));
            spellings.clear();
            spellings.add(new NormalizedName.Spelling(own.stream()
                    .map(word -> new NamePart(word, null, 1.0, NamePart.Role.WORD)).toList(), false));
        }
        spellings = distinct(spellings);
        if (kind == NameKind.UNKNOWN) {
            kind = !forms.isEmpty() || spellings.get(0).parts().stream().anyMatch(this::organisational)
                    ? NameKind.ORGANIZATION : NameKind.UNKNOWN;
        }
        for (NormalizedName.Spelling spelling : spellings) {
            for (NamePart part : spelling.parts()) {
                if (!spelling.han()) {
                    keys.add(part.text());
                }
                if (part.concept() != null) {
                    keys.add(part.concept());
                }
            }
        }
        NormalizedName.Spelling first = spellings.get(0);
        List<String> tokens = first.parts().stream().map(NamePart::text).toList();
        return new NormalizedName(original, script, kind, first.text(), tokens, List.copyOf(forms), legalKind[0],
                List.copyOf(spellings), List.copyOf(keys));
    }

    /** A Han name: its characters, and its pinyin grouped into words, legal forms set aside in both. */
    private void hanSpellings(String folded, NameKind kind, List<String> forms, String[] legalKind,
            List<NormalizedName.Spelling> spellings, Set<String> keys) {
        // Separators (spaces, the middle dot between a foreign person's names) end a word; forms are found without them.
        String spaced = folded.replaceAll("[\\s\\p{P}\\p{S}]+", " ").strip();
        String core = spaced.replace(" ", "");
        int fromStart = 0;
        int fromEnd = 0;
        boolean stripped = true;
        while (stripped && kind != NameKind.PERSON) {
            stripped = false;
            for (int length = Math.min(legalForms.longestHan(), core.length() - 1); length >= 2 && !stripped; length--) {
                LegalForms.Form end = legalForms.han(core.substring(core.length() - length));
                LegalForms.Form start = end == null ? legalForms.han(core.substring(0, length)) : null;
                LegalForms.Form form = end != null ? end : start;
                if (form != null) {
                    if (end != null) {
                        fromEnd += length;
                    } else {
                        fromStart += length;
                    }
                    core = end != null ? core.substring(0, core.length() - length) : core.substring(length);
                    forms.add(form.display());
                    if (legalKind[0] == null) {
                        legalKind[0] = form.generic();
                    }
                    stripped = true;
                }
            }
        }
        core = cut(spaced, fromStart, fromEnd);
        List<NamePart> han = new ArrayList<>();
        List<NamePart> pinyin = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        StringBuilder other = new StringBuilder();
        int i = 0;
        while (i < core.length()) {
            int cp = core.codePointAt(i);
            if (cp == ' ') {
                flushRun(run, han, pinyin, keys);
                if (other.length() > 0) {
                    other.append(' ');
                }
                i++;
                continue;
            }
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                flushRun(run, han, pinyin, keys);
                other.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            if (other.length() > 0) {
                parts(numbers(clean(latin(other.toString()))), kind, false).forEach(p -> {
                    han.add(p);
                    pinyin.add(p);
                });
                other.setLength(0);
            }
            NameWords.Entry generic = null;
            int length = Math.min(words.longestHanForm(), core.length() - i);
            for (; length >= 1; length--) {
                generic = words.entry(core.substring(i, i + length));
                if (generic != null && generic.weight() > 0) {
                    break;
                }
                generic = null;
            }
            if (generic == null) {
                run.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            flushRun(run, han, pinyin, keys);
            String chars = core.substring(i, i + length);
            String syllables = HAN_TO_LATIN.get().transliterate(chars).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
            han.add(new NamePart(chars, generic.concept(), generic.weight(), NamePart.Role.GENERIC));
            pinyin.add(new NamePart(syllables.replace(" ", ""), generic.concept(), generic.weight(), NamePart.Role.GENERIC));
            keys.addAll(Arrays.asList(syllables.strip().split(" +")));
            i += length;
        }
        flushRun(run, han, pinyin, keys);
        if (other.length() > 0) {
            parts(numbers(clean(latin(other.toString()))), kind, false).forEach(p -> {
                han.add(p);
                pinyin.add(p);
            });
        }
        if (!pinyin.isEmpty()) {
            spellings.add(new NormalizedName.Spelling(List.copyOf(pinyin), false));
            spellings.add(new NormalizedName.Spelling(List.copyOf(han), true));
        }
    }

    /** The text without its first and last characters other than spaces, so many of each. */
    private static String cut(String spaced, int fromStart, int fromEnd) {
        int start = 0;
        for (int seen = 0; start < spaced.length() && seen < fromStart; start++) {
            if (spaced.charAt(start) != ' ') {
                seen++;
            }
        }
        int end = spaced.length();
        for (int seen = 0; end > start && seen < fromEnd; end--) {
            if (spaced.charAt(end - 1) != ' ') {
                seen++;
            }
        }
        return spaced.substring(start, end).strip();
    }

    /** Characters that are no generic word: one word, in characters and in pinyin run together. */
    private static void flushRun(StringBuilder run, List<NamePart> han, List<NamePart> pinyin, Set<String> keys) {
        if (run.length() == 0) {
            return;
        }
        String syllables = HAN_TO_LATIN.get().transliterate(run.toString()).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
        han.add(new NamePart(run.toString(), null, 1.0, NamePart.Role.WORD));
        pinyin.add(new NamePart(syllables.replace(" ", ""), null, 1.0, NamePart.Role.WORD));
        keys.addAll(Arrays.asList(syllables.split(" +")));
        run.setLength(0);
    }

    /** Weighted parts of a spelling's words: generic phrases by their concept, titles, initials, patronymics. */
    private List<NamePart> parts(List<String> tokens, NameKind kind, boolean hadForm) {
        return parts(tokens, kind, hadForm, null);
    }

    /**
     * As {@link #parts(List, NameKind, boolean)}; {@code twin} is the same name's first spelling, word
     * for word, where a generic word is also looked up: "торговый дом" is a trading house under every
     * romanisation, not only under the one the table of generic words spells.
     */
    private List<NamePart> parts(List<String> tokens, NameKind kind, boolean hadForm, List<String> twin) {
        List<NamePart> parts = new ArrayList<>();
        boolean organisation = kind == NameKind.ORGANIZATION || hadForm;
        List<String> other = twin != null && twin.size() == tokens.size() && !twin.equals(tokens) ? twin : null;
        for (int i = 0; i < tokens.size(); ) {
            NameWords.Entry entry = null;
            int length = Math.min(words.longestLatinPhrase(), tokens.size() - i);
            for (; length >= 1; length--) {
                entry = words.entry(String.join(" ", tokens.subList(i, i + length)));
                if (entry == null && other != null) {
                    entry = words.entry(String.join(" ", other.subList(i, i + length)));
                }
                if (entry != null && length == 1 && tokens.get(i).length() == 1 && !organisation) {
                    entry = null; // a single letter in a person's name is an initial, not a stop word
                }
                if (entry != null) {
                    break;
                }
            }
            if (entry != null && entry.title()) {
                // A title before a person's name (President, General, Dr): not a part of the name.
                if (!organisation && parts.isEmpty() && tokens.size() - i - length >= 1) {
                    i += length;
                    continue;
                }
                entry = null;
                length = 1;
            }
            if (entry != null) {
                parts.add(new NamePart(String.join(" ", tokens.subList(i, i + length)).replace(" ", ""), entry.concept(),
                        Math.max(entry.weight(), 0.02), entry.kind() == NameWords.Kind.PLACE ? NamePart.Role.PLACE : NamePart.Role.GENERIC));
                i += length;
                continue;
            }
            String token = tokens.get(i);
            if (token.chars().allMatch(Character::isDigit)) {
                parts.add(new NamePart(token, null, 1.0, NamePart.Role.NUMBER));
            } else if (token.length() == 1 && !organisation) {
                parts.add(new NamePart(token, null, 0.3, NamePart.Role.INITIAL));
            } else if (!organisation && PATRONYMIC.matcher(token).matches()) {
                parts.add(new NamePart(token, null, 0.4, NamePart.Role.PATRONYMIC));
            } else {
                parts.add(new NamePart(token, null, token.length() <= 2 ? 0.5 : 1.0, NamePart.Role.WORD));
            }
            i++;
        }
        return parts;
    }

    private boolean organisational(NamePart part) {
        if (part.concept() == null) {
            return false;
        }
        NameWords.Entry entry = words.entry(part.text());
        return entry != null && (entry.kind() == NameWords.Kind.TRADE || entry.kind() == NameWords.Kind.ORG);
    }

    /**
     * Sets legal forms aside at the end and the start while another word remains: exactly, then with a
     * typo. A form of two letters or less (SA, AG, AS, AO, Co) only where it is written as a form: in
     * capitals in a name that is not all capitals, or beside two other words at least.
     */
    private void stripForms(List<String> tokens, List<String> removed, List<String> kinds, boolean allUpper,
            Set<String> upperWords, NameKind kind) {
        boolean stripped = true;
        while (stripped && tokens.size() > 1) {
            stripped = false;
            for (int length = Math.min(legalForms.longest(), tokens.size() - 1); length >= 1 && !stripped; length--) {
                List<String> end = tokens.subList(tokens.size() - length, tokens.size());
                LegalForms.Form form = legalForms.exact(end);
                if (form == null) {
                    form = legalForms.fuzzy(end);
                }
                if (form != null && shortForm(end) && !writtenAsForm(end, tokens.size() - length, allUpper, upperWords, kind)) {
                    form = null;
                }
                if (form != null) {
                    end.clear();
                } else {
                    List<String> start = tokens.subList(0, length);
                    form = legalForms.exact(start);
                    if (form == null) {
                        form = legalForms.fuzzy(start);
                    }
                    if (form != null && shortForm(start) && !writtenAsForm(start, tokens.size() - length, allUpper, upperWords, kind)) {
                        form = null;
                    }
                    if (form != null) {
                        start.clear();
                    }
                }
                if (form != null) {
                    removed.add(form.display());
                    if (form.generic() != null) {
                        kinds.add(form.generic());
                    }
                    stripped = true;
                }
            }
        }
    }

    private static boolean shortForm(List<String> words) {
        return String.join("", words).length() <= 2;
    }

    private static boolean writtenAsForm(List<String> form, int remaining, boolean allUpper, Set<String> upperWords,
            NameKind kind) {
        if (kind == NameKind.ORGANIZATION && remaining >= 1) {
            return true;
        }
        return allUpper ? remaining >= 2 : upperWords.containsAll(form) || remaining >= 2;
    }

    /** The words written in capitals only (lower-cased), to tell "Repsol SA" from "Maria Sa". */
    private static Set<String> upperWords(String text) {
        Set<String> upper = new HashSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter)) {
                upper.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return upper;
    }

    /** Latin, lower-case ASCII tokens of the text, without any legal-form handling. */
    public List<String> tokens(String text) {
        return clean(latin(ConfusableLetters.fold(nfkc.normalize(text))));
    }

    private static String latin(String text) {
        // Most names are plain ASCII already: the transliterator would return them unchanged, slowly.
        return isAscii(text) ? text : TO_LATIN.get().transliterate(text);
    }

    /** Lower case, apostrophes and primes gone (they mark soft signs and elisions: Sil'va is one word), split. */
    private static List<String> clean(String latin) {
        String cleaned = latin.toLowerCase(Locale.ROOT)
                .replaceAll("['’ʹʼ`´\"]", "")
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ")
                .strip();
        return cleaned.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(cleaned.split(" ")));
    }

    /** Number words as digits: "forty four" and "forty-four" are 44, "one hundred and five" is 105; ordinals' digits stay. */
    static List<String> numbers(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); ) {
            Integer value = NUMBERS.get(tokens.get(i));
            if (value == null) {
                String token = tokens.get(i);
                out.add(token.matches("\\d+(st|nd|rd|th)") ? token.replaceAll("\\D", "") : token);
                i++;
                continue;
            }
            int total = 0;
            int current = 0;
            int j = i;
            while (j < tokens.size()) {
                String token = tokens.get(j);
                Integer v = NUMBERS.get(token);
                if (v == null) {
                    if (token.equals("and") && j + 1 < tokens.size() && NUMBERS.containsKey(tokens.get(j + 1)) && current >= 100) {
                        j++;
                        continue;
                    }
                    break;
                }
                if (v == 100) {
                    current = Math.max(current, 1) * 100;
                } else if (v == 1000) {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                } else {
                    current += v;
                }
                j++;
            }
            out.add(String.valueOf(total + current));
            i = j;
        }
        return out;
    }

    private static Map<String, Integer> numberWords() {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        Map<String, Integer> numbers = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            numbers.put(units[i], i);
        }
        for (int i = 0; i < tens.length; i++) {
            numbers.put(tens[i], 20 + 10 * i);
        }
        String[] ordinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth"};
        for (int i = 1; i < ordinals.length; i++) {
            numbers.put(ordinals[i], i);
        }
        String[] tenths = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
        for (int i = 0; i < tenths.length; i++) {
            numbers.put(tenths[i], 20 + 10 * i);
        }
        numbers.put("hundred", 100);
        numbers.put("thousand", 1000);
        return Map.copyOf(numbers);
    }

    private static List<NormalizedName.Spelling> distinct(List<NormalizedName.Spelling> spellings) {
        List<NormalizedName.Spelling> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NormalizedName.Spelling spelling : spellings) {
            if (!spelling.parts().isEmpty() && seen.add(spelling.han() + spelling.text())) {
                distinct.add(spelling);
            }
        }
        return distinct.isEmpty() ? spellings : distinct;
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
