package org.interdict.domain.model.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for text that people write into the product (titles, names, notes, rationales, search
 * words), applied by every constructor and service that accepts such text, so that the REST API, the
 * web UI and the import all give the same answer:
 * <ol>
 * <li>Text that is not valid Unicode (an unpaired surrogate) or holds a noncharacter is refused.</li>
 * <li>It is normalised to NFC, so that the same word is stored the same way however it was typed.</li>
 * <li>Control characters are refused (NUL, escape, …), except line breaks and tabs: in multi-line
 * text (notes, summaries, reasons) line breaks are kept (CR LF, CR and the Unicode line and paragraph
 * separators become LF) and tabs too; in a one-line field (names, titles) each becomes a space.</li>
 * <li>Characters that reorder text as it is shown (bidirectional embeddings, overrides and isolates,
 * U+202A–U+202E, U+2066–U+2069) are refused: they can make a name read differently from what is
 * stored.</li>
 * <li>Other invisible characters (zero-width space, word joiner, byte-order mark, soft hyphen,
 * left-to-right and right-to-left marks, Hangul fillers, the Braille blank, …) are removed; the
 * zero-width joiner and non-joiner stay inside a word, where some scripts need them.</li>
 * <li>White space of any kind (including no-break and ideographic spaces) is trimmed at both ends;
 * text is blank when nothing visible is left.</li>
 * <li>Lengths count characters (code points), as the database does, after all of the above.</li>
 * </ol>
 * Each refusal is an {@link IllegalArgumentException} whose message names the field and says what to
 * fix.
 */
public final class PlainText {

    /** The earliest and latest dates people may write into a record (due dates, effective dates, ranges). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    /** Kosovo: not in ISO 3166 yet, but used by the EU, the UN lists and customs alike. */
    private static final String KOSOVO = "XK";

    private PlainText() {
    }

    /** A required one-line text of at most {@code max} characters; {@code field} names it in messages. */
    public static String line(String value, String field, int max) {
        String text = optionalLine(value, field, max);
        if (text == null) {
            throw new IllegalArgumentException(capitalised(field) + " is required and must have some visible text.");
        }
        return text;
    }

    /** An optional one-line text: null when absent or blank. */
    public static String optionalLine(String value, String field, int max) {
        return limited(clean(value, field, false), field, max);
    }

    /** A required text that may span several lines. */
    public static String paragraphs(String value, String field, int max) {
        String text = optionalParagraphs(value, field, max);
        if (text == null) {
            throw new IllegalArgumentException(capitalised(field) + " is required and must have some visible text.");
        }
        return text;
    }

    /** An optional text that may span several lines: null when absent or blank. */
    public static String optionalParagraphs(String value, String field, int max) {
        return limited(clean(value, field, true), field, max);
    }

    /** Whether the text has no visible character (null, empty, spaces of any kind, invisible marks). */
    public static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        return value.codePoints().allMatch(cp -> isSpace(cp) || isInvisible(cp) || Character.getType(cp) == Character.CONTROL);
    }

    /** An optional ISO 3166 alpha-2 country code, upper-cased; refused when no such country exists. */
    public static String country(String value, String field) {
        String code = optionalLine(value, field, 10);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || !(ISO_COUNTRIES.contains(code) || KOSOVO.equals(code))) {
            throw new IllegalArgumentException(capitalised(field) + " must be a two-letter ISO 3166 country code, e.g. CN, RU, HK; '"
                    + excerpt(value) + "' is not one.");
        }
        return code;
    }

    /** An optional web address: http or https with a host, nothing else (no javascript:, data: or file:). */
    public static String webAddress(String value, String field, int max) {
        String text = optionalLine(value, field, max);
        if (text == null) {
            return null;
        }
        String candidate = text.contains("://") ? text : "https://" + text;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // refused below with the same words
        }
        throw new IllegalArgumentException(capitalised(field) + " must be a web address starting with http:// or https://, e.g. https://example.cn; '"
                + excerpt(text) + "' is not one.");
    }

    /** An optional date within the years people may mean ({@link #EARLIEST_DATE} to {@link #LATEST_DATE}). */
    public static LocalDate date(LocalDate value, String field) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw new IllegalArgumentException(capitalised(field) + " must lie between " + EARLIEST_DATE + " and " + LATEST_DATE
                    + "; " + value + " does not.");
        }
        return value;
    }

    /**
     * A file's name as a person should see it, sanitised rather than refused (a client names the file,
     * not the person): only the last segment of a path is kept, control and reordering characters
     * become spaces, leading dots go, and a name longer than 255 characters is shortened keeping its
     * extension. Null when nothing is left.
     */
    public static String fileName(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder visible = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF || Character.getType(cp) == Character.CONTROL
                    || isBidiControl(cp) || isNoncharacter(cp)) {
                visible.append(' ');
            } else {
                visible.appendCodePoint(cp);
            }
        });
        String name = visible.toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = clean(name, "a file name", false);
        if (name == null) {
            return null;
        }
        name = name.replaceAll("\\s+", " ").replaceFirst("^[.\\s]+", "");
        if (name.isEmpty()) {
            return null;
        }
        int[] cps = name.codePoints().toArray();
        if (cps.length > 255) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            int keep = 255 - extension.codePointCount(0, extension.length());
            name = new String(cps, 0, keep) + extension;
        }
        return name;
    }

    /**
     * Applies the rule and answers the cleaned text, or null when nothing visible is left.
     *
     * @param multiline whether line breaks and tabs are kept
     */
    public static String clean(String value, String field, boolean multiline) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(capitalised(field) + " is not valid Unicode text (a broken character at position "
                        + (i + 1) + ").");
            }
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        int[] codePoints = normalised.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            if (cp == '\r') {
                if (i + 1 < codePoints.length && codePoints[i + 1] == '\n') {
                    continue;
                }
                cp = '\n';
            }
            if (cp == 0x2028 || cp == 0x2029) {
                cp = '\n';
            }
            if (cp == '\n' || cp == '\t') {
                out.append(multiline ? (char) cp : ' ');
            } else if (isBidiControl(cp)) {
                throw new IllegalArgumentException(capitalised(field) + " may not contain characters that reverse or reorder text ("
                        + codePoint(cp) + " at position " + (i + 1) + "); remove them.");
            } else if (Character.getType(cp) == Character.CONTROL || isNoncharacter(cp)) {
                throw new IllegalArgumentException(capitalised(field) + " may not contain control characters ("
                        + codePoint(cp) + " at position " + (i + 1) + "); remove them.");
            } else if (isInvisible(cp) && cp != 0x200C && cp != 0x200D) {
                // removed: invisible marks that would make two equal-looking texts differ
                continue;
            } else {
                out.appendCodePoint(cp);
            }
        }
        String text = trim(out.toString());
        return isBlank(text) ? null : text;
    }

    /** A short, printable excerpt of a value for a message: control characters shown as code points. */
    public static String excerpt(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(40).forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE) {
                out.append(codePoint(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return value.codePointCount(0, value.length()) > 40 ? out + "…" : out.toString();
    }

    private static String limited(String text, String field, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            throw new IllegalArgumentException(capitalised(field) + " has at most " + String.format(Locale.ROOT, "%,d", max)
                    + " characters; '" + excerpt(text.substring(0, Math.min(text.length(), 20))) + "…' has "
                    + String.format(Locale.ROOT, "%,d", text.codePointCount(0, text.length())) + ".");
        }
        return text;
    }

    private static String trim(String text) {
        int[] cps = text.codePoints().toArray();
        int start = 0;
        int end = cps.length;
        while (start < end && (isSpace(cps[start]) || isInvisible(cps[start]))) {
            start++;
        }
        while (end > start && (isSpace(cps[end - 1]) || isInvisible(cps[end - 1]))) {
            end--;
        }
        return new String(cps, start, end - start);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /**
     * Characters that show nothing: format characters, and the blank letters and marks that fonts draw
     * empty (Hangul fillers, the Braille blank, the combining grapheme joiner, Khmer inherent vowels).
     */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || BLANK_LOOKING.contains(cp);
    }

    private static final Set<Integer> BLANK_LOOKING = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x17B4, 0x17B5);

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    private static String capitalised(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
