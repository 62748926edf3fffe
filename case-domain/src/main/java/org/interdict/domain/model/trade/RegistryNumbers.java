package org.interdict.domain.model.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registry numbers that customs clerks write into a party's name field — {@code ООО «Сильва» ИНН
 * 7707083893}, {@code 7701234560 770101001 OOO ROMASHKA}, {@code Shenzhen X Co., Ltd. (USCC
 * 914403001922038216)} — found, checked by their check digits where they have any, and taken out of
 * the name. A number whose check digits fail is left in the name: it is a typo or something else, and
 * no evidence.
 *
 * <ul>
 *   <li>Russia's taxpayer number {@code INN}: 10 digits (organisations) or 12 (individuals); labelled
 *       anywhere, or unlabelled at the very start or end of the name, where only its check digits
 *       tell it from another number;</li>
 *   <li>Russia's registration reason code {@code KPP}: 9 characters, no check digit, so labelled, or
 *       unlabelled right after a 10-digit INN ({@code ИНН/КПП 7701234560/770101001});</li>
 *   <li>Russia's state registration number {@code OGRN}: 13 digits (15 for sole traders), labelled;</li>
 *   <li>Kazakhstan's business and individual numbers {@code BIN} and {@code IIN}: 12 digits with a
 *       check digit, labelled;</li>
 *   <li>Uzbekistan's taxpayer number {@code STIR}: 9 digits, no check digit, labelled STIR (or ИНН,
 *       which Uzbek clerks write in Russian, where a Russian INN has 10 or 12 digits);</li>
 *   <li>a taxpayer number of no stated country, {@code TIN}: 8 to 15 digits after the label TIN or
 *       Tax ID; nothing can check it, and its country is unknown;</li>
 *   <li>China's unified social credit code {@code USCC} (GB 32100-2015): 18 characters, recognised with or
 *       without a label since its check character makes a chance match unlikely.</li>
 * </ul>
 */
public final class RegistryNumbers {

    private static final String RU = "RU";

    /** After a label: an optional colon, number sign or dot. */
    private static final String AFTER_LABEL = "\\s*[:№#.]?\\s*";
    /** A 10-digit INN and the KPP written right after it, separated by a slash or spaces. */
    private static final String INN_KPP = "(\\d{10})(?:\\s*[/\\\\]\\s*|\\s+)(\\d{9})\\b";

    private static final Pattern INN = Pattern.compile("(?iu)\\b(?:ИНН|INN)(?:\\s*/\\s*(?:КПП|KPP))?" + AFTER_LABEL
            + "(?:" + INN_KPP + "|(\\d{12}|\\d{10})\\b)");
    private static final Pattern OGRN = Pattern.compile("(?iu)\\b(?:ОГРНИП|ОГРН|OGRNIP|OGRN)" + AFTER_LABEL + "(\\d{15}|\\d{13})\\b");
    /** Four digits of the tax office, two of the reason (digits, or capital letters since 2013), three of the count. */
    private static final Pattern KPP = Pattern.compile("(?iu)\\b(?:КПП|KPP)" + AFTER_LABEL + "(\\d{4}[0-9A-Z]{2}\\d{3})\\b");
    private static final Pattern KZ = Pattern.compile(
            "(?iu)\\b(БИН|BIN|ИИН|IIN)(\\s*/\\s*(?:БИН|BIN|ИИН|IIN))?" + AFTER_LABEL + "(\\d{12})\\b");
    private static final Pattern STIR = Pattern.compile("(?iu)\\b(?:СТИР|STIR|ИНН|INN)" + AFTER_LABEL + "(\\d{9})\\b");
    private static final Pattern TIN = Pattern.compile("(?iu)\\b(?:TIN|TAX\\s*ID)" + AFTER_LABEL + "(\\d{8,15})\\b");
    private static final Pattern USCC = Pattern.compile(
            "(?iu)(?:\\b(?:USCC|统一社会信用代码|unified social credit code)\\s*[:：]?\\s*)?\\b([0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})\\b");
    /**
     * Not a number that follows a label this class does not take (a phone, OKPO, a bank account) or one
     * whose check failed, nor part of a longer run of digits, dashes or a phone's plus sign.
     */
    private static final String NOT_LABELLED = "(?<!(?:\\b(?:ИНН|INN|КПП|KPP|ОГРН|OGRN|ОГРНИП|OGRNIP|БИН|BIN|ИИН|IIN|СТИР|STIR|TIN|ID"
            + "|ОКПО|OKPO|ОКАТО|ОКТМО|БИК|BIK|ТЕЛ|TEL|PHONE|ФАКС|FAX|СЧЕТ|СЧЁТ|ACCOUNT|NO)|[№#])[.:№#]{0,2}\\s{0,3})(?<![+\\d-]\\s?)";
    private static final Pattern INN_AT_START = Pattern.compile(
            "(?iu)^\\s*(?:" + INN_KPP + "|(\\d{12}|\\d{10})\\b)(?=[\\s,;/\\\\]+[\\p{L}\\d]|\\s*[\"«(])");
    private static final Pattern INN_AT_END = Pattern.compile(
            "(?iu)(?<=[\\p{L}\\p{P}]\\s{0,3})" + NOT_LABELLED + "\\b(?:" + INN_KPP + "|(\\d{12}|\\d{10})\\b)[\\s.,;)]*$");

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private RegistryNumbers() {
    }

    /**
     * A registry number found in a name: its type ({@code INN}, {@code KPP}, {@code OGRN}, {@code BIN},
     * {@code IIN}, {@code STIR}, {@code TIN}, {@code USCC}), value and country (null when the label does
     * not say, as for a {@code TIN}).
     */
    public record Number(String type, String value, String country) {

        /** As the search index writes identifiers: {@code TYPE:VALUE}. */
        public String key() {
            return type + ":" + value;
        }
    }

    /** A name with its registry numbers taken out. */
    public record Found(String name, List<Number> numbers) {
    }

    /** The valid registry numbers in the text, and the text without them (and without brackets or commas left empty). */
    public static Found in(String written) {
        List<Number> numbers = new ArrayList<>();
        String rest = take(INN, written, RegistryNumbers::russian, numbers);
        rest = take(OGRN, rest, m -> checked("OGRN", m.group(1), RU), numbers);
        rest = take(KPP, rest, m -> List.of(new Number("KPP", m.group(1).toUpperCase(Locale.ROOT), RU)), numbers);
        rest = take(KZ, rest, RegistryNumbers::kazakh, numbers);
        rest = take(STIR, rest, m -> List.of(new Number("STIR", m.group(1), "UZ")), numbers);
        rest = take(TIN, rest, m -> List.of(new Number("TIN", m.group(1), null)), numbers);
        rest = take(USCC, rest, m -> checked("USCC", m.group(1).toUpperCase(Locale.ROOT), "CN"), numbers);
        rest = take(INN_AT_START, rest, RegistryNumbers::russian, numbers);
        rest = take(INN_AT_END, rest, RegistryNumbers::russian, numbers);
        if (numbers.isEmpty()) {
            return new Found(written, List.of());
        }
        String name = rest.replaceAll("\\(\\s*[,;/]?\\s*\\)", " ").replaceAll("\\s*[,;]\\s*([,;]\\s*)+", ", ")
                .replaceAll("\\s+", " ").replaceAll("^[\\s,;:/\\\\-]+|[\\s,;:/\\\\(-]+$", "").strip();
        return new Found(name.isEmpty() ? written.strip() : name, List.copyOf(numbers));
    }

    /** What one match of a pattern holds: the numbers to take out, or none to leave the text as written. */
    private interface Reading {

        List<Number> numbers(Matcher match);
    }

    private static String take(Pattern pattern, String text, Reading reading, List<Number> into) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            List<Number> found = reading.numbers(m);
            if (found.isEmpty()) {
                m.appendReplacement(rest, Matcher.quoteReplacement(m.group()));
            } else {
                into.addAll(found);
                m.appendReplacement(rest, " ");
            }
        }
        m.appendTail(rest);
        return rest.toString();
    }

    /** An INN (groups: INN and KPP, or INN alone) whose check digits hold, with the KPP written after it. */
    private static List<Number> russian(Matcher m) {
        String inn = m.group(1) != null ? m.group(1) : m.group(3);
        if (!validInn(inn)) {
            return List.of();
        }
        Number number = new Number("INN", inn, RU);
        return m.group(2) == null ? List.of(number) : List.of(number, new Number("KPP", m.group(2), RU));
    }

    /**
     * A Kazakh number whose check digit holds, of the type its label says; under a label naming both
     * ({@code БИН/ИИН}) its fifth digit tells: 4 to 6 is a business's type, 0 to 3 the tens of a birthday.
     */
    private static List<Number> kazakh(Matcher m) {
        String value = m.group(3);
        if (!validKazakh(value)) {
            return List.of();
        }
        String type;
        if (m.group(2) != null) {
            type = value.charAt(4) >= '4' && value.charAt(4) <= '6' ? "BIN" : "IIN";
        } else {
            String label = m.group(1).toUpperCase(Locale.ROOT);
            type = label.equals("БИН") || label.equals("BIN") ? "BIN" : "IIN";
        }
        return List.of(new Number(type, value, "KZ"));
    }

    private static List<Number> checked(String type, String value, String country) {
        return valid(type, value) ? List.of(new Number(type, value, country)) : List.of();
    }

    static boolean valid(String type, String value) {
        return switch (type) {
            case "INN" -> validInn(value);
            case "OGRN" -> validOgrn(value);
            case "USCC" -> validUscc(value);
            case "BIN", "IIN" -> validKazakh(value);
            default -> false;
        };
    }

    /** Russian INN: one check digit for 10 digits, two for 12. */
    static boolean validInn(String inn) {
        int[] d = inn.chars().map(c -> c - '0').toArray();
        if (d.length == 10) {
            return d[9] == checkDigit(d, new int[] {2, 4, 10, 3, 5, 9, 4, 6, 8});
        }
        if (d.length == 12) {
            return d[10] == checkDigit(d, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8})
                    && d[11] == checkDigit(d, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
        }
        return false;
    }

    private static int checkDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum % 11 % 10;
    }

    /**
     * Kazakhstan's BIN and IIN: the first 11 digits weighted 1 to 11, modulo 11; where that gives 10,
     * weighted 3 to 11, 1, 2 instead; a number that gives 10 again is never issued.
     */
    static boolean validKazakh(String value) {
        if (value.length() != 12 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int[] d = value.chars().map(c -> c - '0').toArray();
        int check = weighted(d, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        if (check == 10) {
            check = weighted(d, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2});
        }
        return check != 10 && check == d[11];
    }

    private static int weighted(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum % 11;
    }

    /** OGRN: the last digit is the rest of the others divided by 11 (13 digits) or 13 (15 digits), modulo 10. */
    static boolean validOgrn(String ogrn) {
        int divisor = ogrn.length() == 13 ? 11 : ogrn.length() == 15 ? 13 : 0;
        if (divisor == 0) {
            return false;
        }
        long body = Long.parseLong(ogrn.substring(0, ogrn.length() - 1));
        return body % divisor % 10 == ogrn.charAt(ogrn.length() - 1) - '0';
    }

    /** USCC: the 18th character checks the first 17 with weights 3^i mod 31 in an alphabet of 31 characters. */
    static boolean validUscc(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return USCC_ALPHABET.charAt(check) == code.charAt(17);
    }
}
