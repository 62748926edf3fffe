package org.interdict.web.ui.parties;

import jakarta.faces.model.SelectItem;

import org.interdict.web.ui.Texts;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Countries by their ISO 3166 code, named in the reader's language. */
final class Countries {

    private Countries() {
    }

    /** Every country as a choice: the code as value, "Name (CC)" as label, sorted by name. */
    static List<SelectItem> choices() {
        Locale locale = Texts.locale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, name(code, locale) + " (" + code + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }

    /** The country's name in the reader's language ("Russia"), or the code itself when unknown. */
    static String name(String code) {
        return name(code, Texts.locale());
    }

    private static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }
}
