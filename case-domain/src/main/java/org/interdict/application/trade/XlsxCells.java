package org.interdict.application.trade;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workbook's cells as text, the way an analyst sees them and {@link CustomsFile} reads them: numbers
 * in plain decimal notation ({@code 8471300000}, not {@code 8.4713E9}; no {@code .0} on integers),
 * dates as ISO {@code 2024-03-05} and, under a format that shows only month and year, {@code 2024-03};
 * an integer under a format of zeros ({@code 0000000000}) with its leading zeros, as an HS code of
 * chapters 01 to 09 shows; booleans {@code TRUE}/{@code FALSE}. Which numbers are dates the cell's
 * style says, through its number format ({@link DateUtil#isADateFormat(int, String)}).
 */
final class XlsxCells {

    /** What a style makes of a number. */
    enum Kind { PLAIN, DATE, MONTH, TIME, ZEROS }

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern ZEROS = Pattern.compile("0+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final StylesTable styles;
    private final boolean date1904;
    private Kind[] kinds = new Kind[0];
    private int[] widths = new int[0];

    /**
     * @param styles   the workbook's styles, or null when it has none (every number is then plain)
     * @param date1904 whether the workbook counts its dates from 1904 (Excel for Mac, long ago) rather than 1900
     */
    XlsxCells(StylesTable styles, boolean date1904) {
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * A cell's value as text.
     *
     * @param type  its {@code t} attribute (null for a number)
     * @param style its {@code s} attribute, the index of its style (null for the default)
     * @param value the text of its {@code <v>}, or null
     * @param inline the text of its {@code <is>} (an inline string), or null
     * @param strings the workbook's shared strings
     * @throws IllegalArgumentException when the cell cannot be read, saying why
     */
    String text(String type, String style, String value, String inline, XlsxSharedStrings strings) {
        String t = type == null ? "n" : type;
        switch (t) {
            case "inlineStr":
                return inline != null ? unescape(inline) : value == null ? "" : unescape(value);
            case "s": {
                if (value == null || value.isBlank()) {
                    return "";
                }
                int index;
                try {
                    index = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("a cell names shared string " + TradeText.quote(value)
                            + ", which is not a number");
                }
                if (index < 0 || index >= strings.size()) {
                    throw new IllegalArgumentException("a cell names shared string " + index + ", but the workbook has "
                            + TradeText.count(strings.size()));
                }
                return strings.get(index);
            }
            case "str":
                return value == null ? "" : unescape(value);
            case "b":
                return value == null ? "" : value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
            case "e":
                return value == null ? "" : value.strip();
            case "d":
                // An ISO 8601 date (Strict Open XML writes them so): the date, or its month under a month format.
                return value == null ? "" : isoDate(value.strip(), kind(style));
            default:
                return value == null ? "" : number(value.strip(), style);
        }
    }

    private String isoDate(String value, Kind kind) {
        String date = value.length() >= 10 ? value.substring(0, 10) : value;
        return kind == Kind.MONTH && date.length() == 10 ? date.substring(0, 7) : date;
    }

    /** A number as its style shows it: a date, a month, a time of day, zero-padded, or plain. */
    private String number(String value, String style) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
        if (!Double.isFinite(number)) {
            return value;
        }
        Kind kind = kind(style);
        if ((kind == Kind.DATE || kind == Kind.MONTH || kind == Kind.TIME) && DateUtil.isValidExcelDate(number)) {
            LocalDateTime at = DateUtil.getLocalDateTime(number, date1904);
            return switch (kind) {
                case DATE -> at.toLocalDate().toString();
                case MONTH -> YearMonth.from(at).toString();
                default -> TIME.format(at);
            };
        }
        String plain = plain(value);
        if (kind == Kind.ZEROS && plain.matches("[0-9]+")) {
            int width = widths[styleIndex(style)];
            return plain.length() >= width ? plain : "0".repeat(width - plain.length()) + plain;
        }
        return plain;
    }

    /** A number as written in the cell, in plain decimal notation: no exponent, no trailing zeros. */
    static String plain(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
        if (number.signum() == 0) {
            return "0";
        }
        return number.stripTrailingZeros().toPlainString();
    }

    private static int styleIndex(String style) {
        if (style == null || style.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Kind kind(String style) {
        int index = styleIndex(style);
        if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
            return Kind.PLAIN;
        }
        if (index >= kinds.length) {
            kinds = java.util.Arrays.copyOf(kinds, Math.max(index + 1, kinds.length * 2));
            widths = java.util.Arrays.copyOf(widths, kinds.length);
        }
        if (kinds[index] == null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            String format = cellStyle == null ? null : cellStyle.getDataFormatString();
            kinds[index] = cellStyle == null || format == null ? Kind.PLAIN : kind(cellStyle.getDataFormat(), format);
            if (kinds[index] == Kind.ZEROS) {
                widths[index] = firstSection(format).length();
            }
        }
        return kinds[index];
    }

    /** What a number format makes of a number. */
    static Kind kind(int formatIndex, String format) {
        if (DateUtil.isADateFormat(formatIndex, format)) {
            String shown = shown(format).toLowerCase(Locale.ROOT).replace("am/pm", "").replace("a/p", "");
            boolean day = shown.indexOf('d') >= 0;
            boolean year = shown.indexOf('y') >= 0 || shown.indexOf('e') >= 0;
            boolean clock = shown.indexOf('h') >= 0 || shown.indexOf('s') >= 0;
            boolean month = shown.indexOf('m') >= 0;
            if (day || (year && !month)) {
                return Kind.DATE;
            }
            if (year) {
                return Kind.MONTH;
            }
            return clock ? Kind.TIME : month ? Kind.MONTH : Kind.DATE;
        }
        return ZEROS.matcher(firstSection(format)).matches() ? Kind.ZEROS : Kind.PLAIN;
    }

    /** A format's first section (for positive numbers), as written. */
    private static String firstSection(String format) {
        int semicolon = format.indexOf(';');
        return semicolon < 0 ? format : format.substring(0, semicolon);
    }

    /**
     * The letters and digits a format's first section shows: quoted text, escaped characters, fills,
     * spacers and bracketed codes (a colour, a locale) left out, elapsed-time brackets ({@code [h]}) kept.
     */
    private static String shown(String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == ';') {
                break;
            } else if (c == '"') {
                int close = format.indexOf('"', i + 1);
                i = close < 0 ? format.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = format.indexOf(']', i + 1);
                String inside = close < 0 ? "" : format.substring(i + 1, close);
                if (inside.matches("(?i)[hms]+")) {
                    out.append(inside);
                }
                i = close < 0 ? format.length() : close;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Excel's escapes of characters XML cannot hold ({@code _x000D_} for a carriage return; {@code _x005F_} for _). */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    /**
     * The text of a rich-text element ({@code <si>} or {@code <is>}; the reader on its start): the text of
     * its {@code <t>}s, run by run, without phonetic guides ({@code <rPh>}); the reader is left on its end.
     * Characters past {@code most} are read but not kept.
     */
    static String richText(XMLStreamReader xml, int most) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int inText = 0;
        int inPhonetic = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("t")) {
                    inText++;
                } else if (name.equals("rPh")) {
                    inPhonetic++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xml.getLocalName();
                if (name.equals("t")) {
                    inText--;
                } else if (name.equals("rPh")) {
                    inPhonetic--;
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && inText > 0 && inPhonetic == 0) {
                append(text, xml, most);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside a string");
            }
        }
        return unescape(text.toString());
    }

    /** The text of a simple element ({@code <v>}; the reader on its start), the reader left on its end. */
    static String text(XMLStreamReader xml, int most) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                append(text, xml, most);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the XML ends inside a cell");
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, XMLStreamReader xml, int most) {
        int room = most - text.length();
        if (room > 0) {
            text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
        }
    }

    /** The column of a cell reference, 0 for A ({@code D5} → 3); -1 when it is no reference. */
    static int column(String reference) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                if (++letters > 3) {
                    return -1;
                }
                column = column * 26 + (Character.toUpperCase(c) - 'A' + 1);
            } else {
                break;
            }
        }
        return letters == 0 ? -1 : column - 1;
    }
}
