package org.interdict.infrastructure.elasticsearch.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an organisation's name is written differently from the list: its legal form moved to the other
 * end, written another way (LLC, Limited Liability Company, OOO), misspelt (Joint Stok Company) or left
 * out; and a number written in words instead of digits or back. The harness's own table, independent
 * of the matcher's ({@code legal-forms.tsv}), so that the matcher is not tested against itself.
 */
final class OrganisationVariants {

    /** Each row: ways of writing one legal form; the ones after "~" are misspellings. */
    private static final String[][] FORMS = {
        {"LLC", "L.L.C.", "LIMITED LIABILITY COMPANY", "OOO", "~", "LIMITED LIABILTY COMPANY", "LIMTED LIABILITY COMPANY"},
        {"JSC", "JOINT STOCK COMPANY", "AO", "JOINT-STOCK COMPANY", "~", "JOINT STOK COMPANY", "JOINT STOCK COMAPNY"},
        {"OJSC", "OPEN JOINT STOCK COMPANY", "OAO", "~", "OPEN JOINT STOK COMPANY"},
        {"CJSC", "CLOSED JOINT STOCK COMPANY", "ZAO", "~", "CLOSED JOINT STOK COMPANY"},
        {"PJSC", "PUBLIC JOINT STOCK COMPANY", "PAO", "~", "PUBLIC JOINT STOK COMPANY"},
        {"CO., LTD.", "CO. LTD", "COMPANY LIMITED", "CO LIMITED", "~", "CO., LTD", "COMPANY LIMTED"},
        {"LTD.", "LTD", "LIMITED", "~", "LIMITTED", "LTD,"},
        {"S.A.", "SA", "SOCIEDAD ANONIMA", "~", "S.A"},
        {"GMBH", "G.M.B.H.", "GESELLSCHAFT MIT BESCHRAENKTER HAFTUNG", "~", "GMHB"},
        {"INC.", "INC", "INCORPORATED", "~", "INCORPORTED"},
        {"CORPORATION", "CORP.", "CORP", "~", "CORPORATON"},
        {"FZE", "FREE ZONE ESTABLISHMENT", "~", "F.Z.E"},
        {"PLC", "PUBLIC LIMITED COMPANY", "~", "P.L.C"},
        {"S.R.L.", "SRL", "~", "S.R.L"},
    };
    private static final List<String[]> VARIANTS = new ArrayList<>();
    private static final String[] ONES = {"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
        "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"};
    private static final String[] TENS = {"", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"};
    private static final String[][] ORDINALS = {{"FIRST", "1ST"}, {"SECOND", "2ND"}, {"THIRD", "3RD"}};

    static {
        for (int row = 0; row < FORMS.length; row++) {
            for (String variant : FORMS[row]) {
                if (!variant.equals("~")) {
                    VARIANTS.add(new String[] {variant, String.valueOf(row)});
                }
            }
        }
        VARIANTS.sort(Comparator.comparingInt((String[] v) -> v[0].length()).reversed());
    }

    private OrganisationVariants() {
    }

    static boolean hasLegalForm(String name) {
        return find(name) != null;
    }

    /**
     * The name with its legal form moved to the other end, written another way, misspelt or left out
     * (at random); null when the name has no legal form of the table at either end.
     */
    static String changeLegalForm(String name, Random random) {
        Found found = find(name);
        if (found == null) {
            return null;
        }
        String[] row = FORMS[found.row()];
        List<String> correct = new ArrayList<>();
        List<String> misspelt = new ArrayList<>();
        boolean afterTilde = false;
        for (String variant : row) {
            if (variant.equals("~")) {
                afterTilde = true;
            } else if (!variant.equalsIgnoreCase(found.form())) {
                (afterTilde ? misspelt : correct).add(variant);
            }
        }
        String rest = found.rest();
        return switch (random.nextInt(5)) {
            case 0 -> found.atEnd() ? found.form() + " " + rest : rest + " " + found.form();
            case 1 -> place(rest, correct.get(random.nextInt(correct.size())), found.atEnd());
            case 2 -> place(rest, correct.get(random.nextInt(correct.size())), !found.atEnd());
            case 3 -> misspelt.isEmpty() ? rest : place(rest, misspelt.get(random.nextInt(misspelt.size())), found.atEnd());
            default -> rest;
        };
    }

    private static String place(String rest, String form, boolean atEnd) {
        return atEnd ? rest + " " + form : form + " " + rest;
    }

    private record Found(String form, int row, String rest, boolean atEnd) {
    }

    private static Found find(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String[] variant : VARIANTS) {
            String form = variant[0];
            Matcher end = Pattern.compile("^(.+?)[\\s,]+" + Pattern.quote(form) + "$").matcher(upper);
            if (end.find()) {
                return new Found(name.substring(end.end(1)).replaceAll("^[\\s,]+", ""), Integer.parseInt(variant[1]),
                        name.substring(0, end.end(1)), true);
            }
            if (upper.startsWith(form + " ") && upper.length() > form.length() + 1) {
                return new Found(name.substring(0, form.length()), Integer.parseInt(variant[1]),
                        name.substring(form.length() + 1).strip(), false);
            }
        }
        return null;
    }

    /** The name with its first number (0–99, or FIRST–THIRD) written the other way; null when it has none. */
    static String swapNumbers(String name) {
        Matcher digits = Pattern.compile("\\b(\\d{1,2})\\b").matcher(name);
        if (digits.find()) {
            return name.substring(0, digits.start()) + words(Integer.parseInt(digits.group(1))) + name.substring(digits.end());
        }
        for (String[] ordinal : ORDINALS) {
            Matcher word = Pattern.compile("(?i)\\b" + ordinal[0] + "\\b").matcher(name);
            if (word.find()) {
                return name.substring(0, word.start()) + ordinal[1] + name.substring(word.end());
            }
        }
        for (int n = ONES.length - 1; n >= 1; n--) {
            Matcher word = Pattern.compile("(?i)\\b" + ONES[n] + "\\b").matcher(name);
            if (word.find()) {
                return name.substring(0, word.start()) + n + name.substring(word.end());
            }
        }
        return null;
    }

    private static String words(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
    }
}
