package org.interdict.application.trade;

import java.util.List;
import java.util.Locale;

/**
 * The import's own rules for text, kept local to trade: which characters a field of a customs file
 * may not hold (control characters other than tab; U+FFFD, which stands for bytes the file's encoding
 * could not decode, since PostgreSQL would refuse a NUL and store the rest as garbage), lengths as
 * PostgreSQL counts them (code points), and how a message quotes a value or lists names: short, and
 * without characters that would disturb the reader or the database.
 */
public final class TradeText {

    private TradeText() {
    }

    /**
     * What is wrong with a field's characters, phrased to follow its column's name
     * ({@code "holds a control character (U+0000, NUL) at character 5"}), or null when nothing is.
     *
     * @param encoding the encoding the file was read in, to name it when bytes did not decode
     */
    public static String problem(String value, String encoding) {
        int at = 1;
        for (int i = 0; i < value.length(); at++) {
            int c = value.codePointAt(i);
            if (c == 0xFFFD) {
                return "holds bytes that are not valid " + encoding + " at character " + at
                        + " (save the file as UTF-8 or Windows-1251)";
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return "holds a character that reorders text (" + codePoint(c) + ") at character " + at
                        + "; it can make a name read differently from what is stored";
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t') {
                return "holds a control character (" + codePoint(c) + ") at character " + at + "; only tab is allowed";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** The length as PostgreSQL counts characters: code points, not UTF-16 units. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * The value in quotes for a message: at most {@value TradeLimits#QUOTED} characters (then "…"),
     * control and bidirectional formatting characters shown as U+FFFD.
     */
    public static String quote(String value) {
        return "'" + capped(value, TradeLimits.QUOTED) + "'";
    }

    /** At most {@code max} code points of the text (the last one "…" when cut), without control or bidi characters. */
    public static String capped(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max * 2));
        int count = 0;
        for (int i = 0; i < text.length(); count++) {
            int c = text.codePointAt(i);
            if (count == max - 1 && i + Character.charCount(c) < text.length()) {
                return out.append('…').toString();
            }
            out.appendCodePoint(shown(c));
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Names quoted, at most {@value TradeLimits#LISTED} of them, then "and N more". */
    public static String list(List<String> names) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(names.size(), TradeLimits.LISTED);
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : ", ").append(quote(names.get(i)));
        }
        if (names.size() > shown) {
            out.append(" … and ").append(count(names.size() - shown)).append(" more");
        }
        return out.toString();
    }

    /** A count as people write it: 2,500. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String codePoint(int c) {
        String name = switch (c) {
            case 0 -> ", NUL";
            case '\n' -> ", line feed";
            case '\r' -> ", carriage return";
            case 0x1B -> ", escape";
            case 0x7F -> ", delete";
            default -> "";
        };
        return String.format(Locale.ROOT, "U+%04X", c) + name;
    }

    private static int shown(int c) {
        boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
        return Character.getType(c) == Character.CONTROL || bidi || Character.getType(c) == Character.SURROGATE ? 0xFFFD : c;
    }
}
