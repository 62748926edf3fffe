package org.interdict.web.ui.evidence;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Languages as people name them, from the ISO 639-3 codes the text reader records ("rus" → "Russian"). */
final class Languages {

    private static final Map<String, String> TWO_LETTER = new ConcurrentHashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            try {
                TWO_LETTER.put(Locale.forLanguageTag(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException noThreeLetterCode) {
                // not every two-letter code has one
            }
        }
    }

    private Languages() {
    }

    /** The language's name in the reader's locale; the code itself when Java does not know it; null for none. */
    static String name(String code, Locale in) {
        if (code == null || code.isBlank() || "und".equalsIgnoreCase(code)) {
            return null;
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        String tag = TWO_LETTER.getOrDefault(lower, lower);
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(in);
        return name == null || name.isBlank() || name.equalsIgnoreCase(tag) ? code : name;
    }
}
