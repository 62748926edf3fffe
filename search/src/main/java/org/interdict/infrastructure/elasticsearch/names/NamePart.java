package org.interdict.infrastructure.elasticsearch.names;

/**
 * One part of a normalised name: a word as written (lower-case ASCII, or Han characters when the name is
 * compared in characters), what it stands for when it is a generic word, and how much it tells.
 *
 * @param text    the word: {@code tianmu}, {@code 天目}, {@code 44}, {@code v} (an initial)
 * @param concept the generic word it is one spelling of ({@code logistics} for Logistics, Wuliu, 物流,
 *                Логистика), or null for a distinctive word
 * @param weight  how distinctive it is, in (0, 1]: 1 for a word of its own, little for a trade word, a
 *                city or a patronymic
 * @param role    what kind of part it is
 * @param folded  the text folded to how it sounds ({@link NameSimilarity#fold}), computed once
 */
public record NamePart(String text, String concept, double weight, Role role, String folded) {

    public NamePart(String text, String concept, double weight, Role role) {
        this(text, concept, weight, role, NameSimilarity.fold(text));
    }

    /** What a part is, for the rules that treat parts differently and for the explanation. */
    public enum Role {
        /** A word of the name's own (a brand, a surname, a given name). */
        WORD,
        /** A generic word: trade, organisation word, stop word. */
        GENERIC,
        /** A place: a city, a province, a country. Two names of different places are two names. */
        PLACE,
        /** A single letter standing for a name (V. V. Putin). */
        INITIAL,
        /** A Russian patronymic (Vladimirovich, Ivanovna): a person's name often goes without it. */
        PATRONYMIC,
        /** Digits, as written or from number words (Forty-Four becomes 44). */
        NUMBER
    }

    /** What the part is compared as: its concept when it is generic, else its text. */
    public String key() {
        return concept != null ? "#" + concept : text;
    }

    @Override
    public String toString() {
        return text;
    }
}
