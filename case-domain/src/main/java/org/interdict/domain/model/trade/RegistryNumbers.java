package org.interdict.domain.model.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registry numbers that customs clerks write into a party's name field — {@code ООО «Сильва» ИНН
 * 7707083893}, {@code Shenzhen X Co., Ltd. (USCC 914403001922038216)} — found, checked by their
 * check digits, and taken out of the name. A number whose check digits fail is left in the name: it
 * is a typo or something else, and no evidence.
 *
 * <ul>
 *   <li>Russia's taxpayer number {@code INN}: 10 digits (organisations) or 12 (individuals), labelled;</li>
 *   <li>Russia's state registration number {@code OGRN}: 13 digits (15 for sole traders), labelled;</li>
 *   <li>China's unified social credit code {@code USCC} (GB 32100-2015): 18 characters, recognised with or
 *       without a label since its check character makes a chance match unlikely.</li>
 * </ul>
 */
public final class RegistryNumbers {

    private static final Pattern INN = Pattern.compile("(?iu)\\b(?:ИНН|INN)\\s*[:№#.]?\\s*(\\d{12}|\\d{10})\\b");
    private static final Pattern OGRN = Pattern.compile("(?iu)\\b(?:ОГРНИП|ОГРН|OGRNIP|OGRN)\\s*[:№#.]?\\s*(\\d{15}|\\d{13})\\b");
    private static final Pattern USCC = Pattern.compile(
            "(?iu)(?:\\b(?:USCC|统一社会信用代码|unified social credit code)\\s*[:：]?\\s*)?\\b([0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})\\b");
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private RegistryNumbers() {
    }

    /** A registry number found in a name: its type ({@code INN}, {@code OGRN}, {@code USCC}), value and country. */
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
        String rest = take(INN, written, "INN", "RU", numbers);
        rest = take(OGRN, rest, "OGRN", "RU", numbers);
        rest = take(USCC, rest, "USCC", "CN", numbers);
        if (numbers.isEmpty()) {
            return new Found(written, List.of());
        }
        String name = rest.replaceAll("\\(\\s*[,;]?\\s*\\)", " ").replaceAll("\\s*[,;]\\s*([,;]\\s*)+", ", ")
                .replaceAll("\\s+", " ").replaceAll("^[\\s,;:/-]+|[\\s,;:/(-]+$", "").strip();
        return new Found(name.isEmpty() ? written.strip() : name, List.copyOf(numbers));
    }

    private static String take(Pattern pattern, String text, String type, String country, List<Number> into) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).toUpperCase(java.util.Locale.ROOT);
            if (valid(type, value)) {
                into.add(new Number(type, value, country));
                m.appendReplacement(rest, " ");
            } else {
                m.appendReplacement(rest, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(rest);
        return rest.toString();
    }

    static boolean valid(String type, String value) {
        return switch (type) {
            case "INN" -> validInn(value);
            case "OGRN" -> validOgrn(value);
            case "USCC" -> validUscc(value);
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
