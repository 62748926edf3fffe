package org.interdict.infrastructure.elasticsearch.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Latin spellings of a Cyrillic name under the systems that lists, registries, passports and analysts
 * use, so that "Щербаков" can meet "Shcherbakov" (BGN/PCGN), "Shherbakov" (GOST) and "Scerbakov" (ICU,
 * ISO 9) alike. ICU's one transliteration ("Any-Latin; Latin-ASCII", what {@link NameNormalizer} does) is
 * not how Western analysts write Russian names: it gives "hrusev" for Хрущёв, where they write "Khrushchev".
 *
 * <p>Each system is a plain table of letters with its few context rules (word start, after a vowel, before
 * a letter) written as code, so a spelling costs one pass over the name; ICU is called only for the ICU
 * spelling itself and for letters no table knows (Kazakh қ, Serbian ђ, …). Every spelling is folded like
 * the normaliser folds: lower-case ASCII letters and digits, words separated by one space, apostrophes and
 * primes (soft and hard signs, GOST's {@code `} and {@code '}) dropped inside words, any other character a
 * word break. Thread-safe: the tables are never changed and the ICU transliterator is one per thread.
 */
public final class Romanizations {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private static final Scheme[] SCHEMES = Scheme.values();

    private Romanizations() {
    }

    /**
     * The Latin spellings of a text's Cyrillic words under several national and international systems,
     * lower-case ASCII, distinct, the ICU one first; a text without Cyrillic gives a list of just its
     * ICU/ASCII form ("" for an empty or null text).
     *
     * <p>Always: ICU, BGN/PCGN Russian (and its "yo" reading when the text has ё), GOST 7.79-2000 B,
     * ISO 9 and the Ukrainian national system (KMU 2010). The Ukrainian system is applied to every
     * Cyrillic text, not only to texts with і, ї, є or ґ, because most Ukrainian names have none of them
     * (Зеленський, Тимошенко, Порошенко) and lists often write Ukrainians in Russian spelling (Юлия
     * Тимошенко); it costs one more spelling. The two Belarusian ones only for texts that look Belarusian
     * (ў, і, or э after a consonant, and none of и щ ъ ї є ґ), as they would mostly add noise to Russian
     * names.
     */
    public static List<String> cyrillic(String text) {
        String folded = NFKC.normalize(text == null ? "" : text);
        String icu = clean(isAscii(folded) ? folded : TO_LATIN.get().transliterate(folded));
        if (!hasCyrillic(folded)) {
            return List.of(icu);
        }
        String lower = folded.toLowerCase(Locale.ROOT);
        boolean belarusian = Scheme.looksBelarusian(lower);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(icu);
        for (Scheme scheme : SCHEMES) {
            if (scheme.appliesTo(lower, belarusian)) {
                spellings.add(scheme.spell(lower));
            }
        }
        return List.copyOf(spellings);
    }

    /**
     * The systems, each a table from lower-case Cyrillic letters (U+0400 to U+04FF) to ASCII, with the
     * letters whose spelling depends on their neighbours in {@link #letter}. Package-private for tests.
     */
    enum Scheme {

        /**
         * BGN/PCGN 1947 for Russian. е is "ye" at the start of a word and after a vowel, й, ъ or ь, else
         * "e"; ё (BGN "ë") is folded the same way, as analysts write Khrushchev and Gorbachev.
         */
        BGN("а=a б=b в=v г=g д=d ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts "
                + "ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya і=i ї=yi є=ye ґ=g ў=u") {
            @Override
            String letter(String s, int i, char c) {
                if (c == 'е' || c == 'ё') {
                    return afterSoftOrVowel(s, i) ? "ye" : "e";
                }
                return super.letter(s, i, c);
            }
        },

        /** BGN/PCGN with ё as "yo" everywhere (Khrushchyov, Pyotr, Yolkin); only for texts with ё. */
        BGN_YO(BGN.table) {
            @Override
            boolean appliesTo(String lower, boolean belarusian) {
                return lower.indexOf('ё') >= 0;
            }

            @Override
            String letter(String s, int i, char c) {
                if (c == 'ё') {
                    return "yo";
                }
                return BGN.letter(s, i, c);
            }
        },

        /**
         * GOST 7.79-2000 system B (ASCII): х "x", щ "shh", й "j", ц "cz" but "c" before the letters that
         * begin with i, e, y or j in Latin; its marks ({@code y'}, {@code e`}, {@code ``}) fold away.
         */
        GOST_B("а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f "
                + "х=x ч=ch ш=sh щ=shh ъ=`` ы=y' ь=` э=e` ю=yu я=ya і=i ї=yi є=ye ґ=g` ў=u`") {
            @Override
            String letter(String s, int i, char c) {
                if (c == 'ц') {
                    return "иіїеєэыйюяё".indexOf(after(s, i)) >= 0 ? "c" : "cz";
                }
                return super.letter(s, i, c);
            }
        },

        /** ISO 9:1995, one Latin letter per Cyrillic letter, here already folded to ASCII (щ ŝ → s). */
        ISO_9("а=a б=b в=v г=g ґ=g д=d ѓ=g ђ=d е=e ё=e є=e ж=z з=z ѕ=z и=i і=i ї=i й=j ј=j к=k л=l љ=l "
                + "м=m н=n њ=n о=o п=p р=r с=s т=t ќ=k ћ=c у=u ў=u ф=f х=h ц=c ч=c џ=d ш=s щ=s ъ= ы=y ь= "
                + "ѣ=e э=e ю=u я=a ѳ=f ѵ=y"),

        /**
         * Ukrainian national system (Cabinet of Ministers resolution 55 of 2010, used in passports): г "h",
         * ґ "g", и "y", зг "zgh", ь and ' dropped; є ї й ю я are "ye yi y yu ya" at the start of a word and
         * "ie i i iu ia" elsewhere. Russian letters it lacks are spelled alike (ё yo/io, ы y, э e, ъ
         * dropped), and и before я or ю is "i": Ukrainian writes і there (Юлія, Марія), so an и there is
         * the Russian spelling of the same name (Юлия → yuliia, as her passport has it).
         */
        UKRAINIAN("а=a б=b в=v ґ=g д=d е=e ж=zh з=z і=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh "
                + "ц=ts ч=ch ш=sh щ=shch ь= ъ= ы=y э=e ў=u") {
            @Override
            String letter(String s, int i, char c) {
                boolean start = wordStart(s, i);
                return switch (c) {
                    case 'г' -> before(s, i) == 'з' ? "gh" : "h";
                    case 'и' -> after(s, i) == 'я' || after(s, i) == 'ю' ? "i" : "y";
                    case 'є' -> start ? "ye" : "ie";
                    case 'ї' -> start ? "yi" : "i";
                    case 'й' -> start ? "y" : "i";
                    case 'ю' -> start ? "yu" : "iu";
                    case 'я' -> start ? "ya" : "ia";
                    case 'ё' -> start ? "yo" : "io";
                    default -> super.letter(s, i, c);
                };
            }
        },

        /**
         * Belarusian as passports, the EU and the press write it in English letters (Aliaksandr
         * Lukashenka, Sviatlana Tsikhanouskaya, Siarhei): г "h", ў "u", х "kh", ц "ts", ч "ch", ш "sh",
         * ж "zh"; е ё ю я are "ye yo yu ya" at the start of a word and after a vowel, ў, ь or ', else
         * "e io iu ia"; й is "y" at the start of a word, else "i" (Makei).
         */
        BELARUSIAN("а=a б=b в=v г=h ґ=g д=d ж=zh з=z і=i и=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ў=u "
                + "ф=f х=kh ц=ts ч=ch ш=sh щ=shch ы=y ь= ъ= э=e") {
            @Override
            boolean appliesTo(String lower, boolean belarusian) {
                return belarusian;
            }

            @Override
            String letter(String s, int i, char c) {
                boolean y = afterSoftOrVowel(s, i);
                return switch (c) {
                    case 'е' -> y ? "ye" : "e";
                    case 'ё' -> y ? "yo" : "io";
                    case 'ю' -> y ? "yu" : "iu";
                    case 'я' -> y ? "ya" : "ia";
                    case 'й' -> wordStart(s, i) ? "y" : "i";
                    default -> super.letter(s, i, c);
                };
            }
        },

        /**
         * Belarusian national system (2007, adopted by the UN and by BGN/PCGN) folded to ASCII: х "ch",
         * ц "c", ж ч ш "z c s" (ž č š), й "j"; е ё ю я are "je jo ju ja" at the start of a word and after
         * a vowel, ў, ь or ', "e o u a" after л, else "ie io iu ia" (Mahiloŭ, Homieĺ, Lozna).
         */
        BELARUSIAN_NATIONAL("а=a б=b в=v г=h ґ=g д=d ж=z з=z і=i и=i й=j к=k л=l м=m н=n о=o п=p р=r с=s "
                + "т=t у=u ў=u ф=f х=ch ц=c ч=c ш=s щ=sc ы=y ь= ъ= э=e") {
            @Override
            boolean appliesTo(String lower, boolean belarusian) {
                return belarusian;
            }

            @Override
            String letter(String s, int i, char c) {
                String vowel = switch (c) {
                    case 'е' -> "e";
                    case 'ё' -> "o";
                    case 'ю' -> "u";
                    case 'я' -> "a";
                    default -> null;
                };
                if (vowel == null) {
                    return super.letter(s, i, c);
                }
                if (afterSoftOrVowel(s, i)) {
                    return "j" + vowel;
                }
                return before(s, i) == 'л' ? vowel : "i" + vowel;
            }
        };

        private static final String VOWELS = "аеёиоуыэюяіїєaeiouy";
        private static final String APOSTROPHES = "'’ʼʹ";

        /** Spelling of the lower-case letters U+0400 to U+04FF; null where the system has none. */
        private final String[] table;

        Scheme(String letters) {
            this(parse(letters));
        }

        Scheme(String[] table) {
            this.table = table;
        }

        /** Whether this system spells the given lower-case text. */
        boolean appliesTo(String lower, boolean belarusian) {
            return true;
        }

        /** The spelling of a text (any case), folded as {@link Romanizations#cyrillic} folds. */
        String spell(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            StringBuilder out = new StringBuilder(lower.length() + 8);
            boolean ascii = true;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                String letter = c >= 0x400 && c < 0x500 ? letter(lower, i, c) : null;
                if (letter != null) {
                    out.append(letter);
                } else {
                    out.append(c);
                    ascii &= c < 0x80 || !Character.isLetter(c);
                }
            }
            // Letters the table lacks (other Cyrillic alphabets, Latin with accents) are left to ICU;
            // punctuation such as « » is a word break and needs none.
            return clean(ascii ? out : TO_LATIN.get().transliterate(out.toString()));
        }

        /** The spelling of the Cyrillic letter c at index i of s, or null to keep c as it is. */
        String letter(String s, int i, char c) {
            return table[c - 0x400];
        }

        /**
         * Whether a text looks Belarusian: it has ў, or і, or э after a consonant (Лукашэнка; Russian
         * writes so only in a few loans such as мэр), and none of the letters Belarusian lacks: и щ ъ
         * (Russian, Ukrainian) and ї є ґ (Ukrainian).
         */
        static boolean looksBelarusian(String lower) {
            boolean sign = false;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                switch (c) {
                    case 'и', 'щ', 'ъ', 'ї', 'є', 'ґ' -> {
                        return false;
                    }
                    case 'ў', 'і' -> sign = true;
                    case 'э' -> sign |= i > 0 && isCyrillicConsonant(lower.charAt(i - 1));
                    default -> {
                    }
                }
            }
            return sign;
        }

        private static boolean isCyrillicConsonant(char c) {
            return c >= 'а' && c <= 'я' && VOWELS.indexOf(c) < 0 && c != 'ь' && c != 'ъ';
        }

        static char before(String s, int i) {
            return i == 0 ? ' ' : s.charAt(i - 1);
        }

        static char after(String s, int i) {
            return i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        }

        /** At the start of a word: no letter (nor an apostrophe inside a word, as in Знам'янка) before it. */
        static boolean wordStart(String s, int i) {
            char before = before(s, i);
            return !Character.isLetter(before) && APOSTROPHES.indexOf(before) < 0;
        }

        /** Where BGN writes "ye" and Belarusian "je": word start, after a vowel, a sign, й, ў or '. */
        static boolean afterSoftOrVowel(String s, int i) {
            char before = before(s, i);
            return wordStart(s, i) || VOWELS.indexOf(before) >= 0 || "йъьў".indexOf(before) >= 0
                    || APOSTROPHES.indexOf(before) >= 0;
        }

        private static String[] parse(String letters) {
            String[] table = new String[0x100];
            for (String pair : letters.split(" ")) {
                table[pair.charAt(0) - 0x400] = pair.substring(2);
            }
            return table;
        }
    }

    /**
     * Lower-case ASCII letters and digits, one space between words: apostrophes, primes, quotes and other
     * marks are dropped (Sil'va is one word; GOST's y' and e`), any other character ends a word. The folding the
     * normaliser does with regular expressions, by hand as it runs for every spelling.
     */
    static String clean(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else if ("'’ʹʼ`´\"".indexOf(c) < 0 && !isMark(c)) {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Accents, primes and the like that ICU leaves in a word (қ gives "kˌ"): part of the word, not a break. */
    private static boolean isMark(char c) {
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.MODIFIER_LETTER
                || type == Character.MODIFIER_SYMBOL;
    }

    private static boolean hasCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x400 && c < 0x530) {
                return true;
            }
        }
        return false;
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
