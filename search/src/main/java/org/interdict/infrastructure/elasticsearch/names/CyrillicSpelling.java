package org.interdict.infrastructure.elasticsearch.names;

import com.ibm.icu.text.Transliterator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Russian spellings the quality harness needs: a Cyrillic name built back from a Latin one (the
 * reverse of BGN/PCGN, as OFAC and the UN romanise), and the other romanisations an analyst may meet of
 * the same Cyrillic (ICU's, and GOST 7.79-2000 system B as Russian passports and registers use it).
 *
 * <p>The reverse BGN/PCGN table, applied to each word in lower case, longest match first:
 * <pre>
 *   shch→щ  kh→х  zh→ж  ts→ц  ch→ч  sh→ш  yu→ю  ya→я  yo→ё  ye→е
 *   iy, yy at the end of a word → ий, ый;  y after a vowel → й;  y elsewhere → ы (й at the start)
 *   e at the start of a word → э, elsewhere е;  ' → ь;  " → ъ
 *   a б v г d з i к л м н о п р с т у ф as the letters they stand for;
 *   c→к  h→х  j→дж  q→к  w→в  x→кс  (letters BGN never writes, for English words in names)
 * </pre>
 * English legal forms become their Russian forms first (JOINT STOCK COMPANY → АО, LLC → ООО, …). The
 * result is a plausible Cyrillic, not the registered one: "ts" is always ц (Sovetskiy → Совецкий) and
 * soft signs BGN did not write are not restored. The harness only needs the same name in Cyrillic that
 * a register could hold; that it is sometimes misspelt makes the task harder, not easier.
 */
final class CyrillicSpelling {

    private static final Map<String, String> FORMS = new LinkedHashMap<>();
    private static final String[][] DIGRAPHS = {
        {"shch", "щ"}, {"kh", "х"}, {"zh", "ж"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"},
        {"yu", "ю"}, {"ya", "я"}, {"yo", "ё"}, {"ye", "е"},
    };
    private static final String LETTERS = "abvgdzijklmnoprstufchqwx";
    private static final String[] CYRILLIC = {"а", "б", "в", "г", "д", "з", "и", "дж", "к", "л", "м", "н", "о", "п",
        "р", "с", "т", "у", "ф", "к", "х", "к", "в", "кс"};
    private static final Map<Character, String> GOST_B = new LinkedHashMap<>();
    private static final ThreadLocal<Transliterator> ICU =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII"));

    static {
        FORMS.put("public joint stock company", "ПАО");
        FORMS.put("open joint stock company", "ОАО");
        FORMS.put("closed joint stock company", "ЗАО");
        FORMS.put("joint stock company", "АО");
        FORMS.put("limited liability company", "ООО");
        FORMS.put("pjsc", "ПАО");
        FORMS.put("ojsc", "ОАО");
        FORMS.put("cjsc", "ЗАО");
        FORMS.put("jsc", "АО");
        FORMS.put("llc", "ООО");
        FORMS.put("ooo", "ООО");
        FORMS.put("oao", "ОАО");
        FORMS.put("zao", "ЗАО");
        FORMS.put("pao", "ПАО");
        FORMS.put("ao", "АО");
        String cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        String[] latin = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r",
            "s", "t", "u", "f", "x", "cz", "ch", "sh", "shh", "``", "y'", "`", "e`", "yu", "ya"};
        for (int i = 0; i < cyrillic.length(); i++) {
            GOST_B.put(cyrillic.charAt(i), latin[i]);
        }
    }

    private CyrillicSpelling() {
    }

    /** The Latin name written back in Cyrillic (reverse BGN/PCGN), keeping upper-case words upper-case. */
    static String toCyrillic(String latin) {
        String text = latin;
        for (Map.Entry<String, String> form : FORMS.entrySet()) {
            text = Pattern.compile("(?i)\\b" + form.getKey().replace(" ", "\\s+") + "\\b").matcher(text)
                    .replaceAll(Matcher.quoteReplacement(form.getValue()));
        }
        Matcher words = Pattern.compile("[A-Za-z'\"]+").matcher(text);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String cyrillic = word(word.toLowerCase(Locale.ROOT));
            boolean upper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            boolean title = !upper && Character.isUpperCase(word.charAt(0));
            if (upper) {
                cyrillic = cyrillic.toUpperCase(Locale.ROOT);
            } else if (title && !cyrillic.isEmpty()) {
                cyrillic = cyrillic.substring(0, 1).toUpperCase(Locale.ROOT) + cyrillic.substring(1);
            }
            words.appendReplacement(out, Matcher.quoteReplacement(cyrillic));
        }
        words.appendTail(out);
        return out.toString();
    }

    private static String word(String w) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            String rest = w.substring(i);
            String digraph = null;
            for (String[] pair : DIGRAPHS) {
                if (rest.startsWith(pair[0])) {
                    digraph = pair[1];
                    i += pair[0].length();
                    break;
                }
            }
            if (digraph != null) {
                out.append(digraph);
                continue;
            }
            char c = w.charAt(i);
            boolean atEnd = i == w.length() - 1 || (i == w.length() - 2 && !Character.isLetter(w.charAt(i + 1)));
            boolean afterVowel = i > 0 && "aeiouy".indexOf(w.charAt(i - 1)) >= 0;
            if ((c == 'i' || c == 'y') && i + 1 < w.length() && w.charAt(i + 1) == 'y' && i + 2 == w.length()) {
                out.append(c == 'i' ? "ий" : "ый");
                i += 2;
                continue;
            }
            switch (c) {
                case 'y' -> out.append(i == 0 || afterVowel ? "й" : (atEnd ? "ый" : "ы"));
                case 'e' -> out.append(i == 0 ? "э" : "е");
                case '\'' -> out.append("ь");
                case '"' -> out.append("ъ");
                default -> {
                    int index = LETTERS.indexOf(c);
                    out.append(index >= 0 ? CYRILLIC[index] : String.valueOf(c));
                }
            }
            i++;
        }
        return out.toString();
    }

    /** GOST 7.79-2000 system B (щ→shh, х→x, ц→cz or c before е/и/ы/й, й→j, ь→`, ы→y'), in the name's case. */
    static String gostB(String cyrillic) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = GOST_B.get(lower);
            if (latin == null) {
                out.append(c);
                continue;
            }
            if (lower == 'ц' && i + 1 < cyrillic.length() && "еиыйЕИЫЙ".indexOf(cyrillic.charAt(i + 1)) >= 0) {
                latin = "c";
            }
            if (Character.isUpperCase(c) && !latin.isEmpty()) {
                boolean wordUpper = i + 1 < cyrillic.length() && Character.isUpperCase(cyrillic.charAt(i + 1));
                latin = wordUpper ? latin.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
            }
            out.append(latin);
        }
        return out.toString();
    }

    /** ICU's romanisation ("Cyrillic-Latin; Latin-ASCII": щ→sc, х→h, ц→c, ж→z …). */
    static String icu(String cyrillic) {
        return ICU.get().transliterate(cyrillic);
    }

    /** Whether most letters of the text are Cyrillic. */
    static boolean isCyrillic(String text) {
        long cyrillic = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && cyrillic * 2 > letters;
    }
}
