package org.interdict.it;

/** Test names written in other scripts. */
final class Names {

    private Names() {
    }

    /** A simple Latin-to-Cyrillic rendering, enough to write the stem in the other script. */
    static String cyrillic(String latin) {
        String[][] map = {{"a", "а"}, {"b", "б"}, {"c", "к"}, {"d", "д"}, {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"h", "х"},
                {"i", "и"}, {"j", "й"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"q", "к"},
                {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"v", "в"}, {"w", "в"}, {"x", "кс"}, {"y", "ы"}, {"z", "з"}};
        StringBuilder out = new StringBuilder();
        for (char ch : latin.toCharArray()) {
            String letter = String.valueOf(Character.toLowerCase(ch));
            String replacement = letter;
            for (String[] pair : map) {
                if (pair[0].equals(letter)) {
                    replacement = pair[1];
                }
            }
            out.append(Character.isUpperCase(ch) ? replacement.toUpperCase() : replacement);
        }
        return out.toString();
    }
}
