package org.interdict.web.ui.parties;

import java.util.Locale;

/**
 * The script a name is written in, as the party's aliases record it ({@code Latin}, {@code Cyrillic},
 * {@code Han} …): the Unicode script of most of its letters. The form shows it while a person types; the
 * application detects it again when the alias is saved without one.
 */
final class Scripts {

    private Scripts() {
    }

    /** The script of most letters of the name, or null when it has no letters. */
    static String of(String name) {
        if (name == null) {
            return null;
        }
        int[] counts = new int[Character.UnicodeScript.values().length];
        name.codePoints().filter(Character::isLetter).forEach(cp -> counts[Character.UnicodeScript.of(cp).ordinal()]++);
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        String script = Character.UnicodeScript.values()[best].name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(script.charAt(0)) + script.substring(1);
    }
}
