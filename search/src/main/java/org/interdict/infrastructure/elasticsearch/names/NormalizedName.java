package org.interdict.infrastructure.elasticsearch.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A name made comparable: in one or more spellings, each a list of weighted parts; legal forms set
 * aside and kept as a typed attribute. {@code ООО «Сильва»}, {@code Silva LLC} and {@code SILVA, OOO} all
 * become {@code silva} with the form LLC. A Cyrillic name has a spelling per romanisation (ICU, BGN/PCGN,
 * GOST, the Ukrainian and Belarusian national systems); a Han name has its characters and its pinyin
 * grouped into words.
 *
 * @param original     the name as written
 * @param script       the script most of its letters are written in (Latin, Cyrillic, Han, …)
 * @param kind         a person, an organisation, or unknown
 * @param normalized   the first spelling's words joined by single spaces (what search and the index see)
 * @param tokens       the first spelling's words
 * @param legalForms   the legal forms found and set aside, as the table displays them (OOO, Ltd, …)
 * @param legalKind    the generic kind of the first legal form (LLC, JSC, …), or null
 * @param spellings    the spellings, the first in Latin; a Han name's last is its characters
 * @param keys         the words the name is found by: every Latin spelling's words, the concepts of its generic
 *                     words, a Han name's pinyin syllables
 */
public record NormalizedName(String original, String script, NameKind kind, String normalized, List<String> tokens,
        List<String> legalForms, String legalKind, List<Spelling> spellings, List<String> keys) {

    /** One way of writing the name: its parts, and whether they are Han characters rather than Latin. */
    public record Spelling(List<NamePart> parts, boolean han) {

        public String text() {
            StringBuilder text = new StringBuilder();
            for (NamePart part : parts) {
                text.append(text.length() == 0 ? "" : " ").append(part.text());
            }
            return text.toString();
        }
    }

    /** Whether the name has one of its spellings in Han characters. */
    public boolean han() {
        return spellings.stream().anyMatch(Spelling::han);
    }

    /** Every Latin spelling's words joined by spaces, distinct (what the index stores to be found by). */
    public List<String> latinSpellings() {
        Set<String> texts = new LinkedHashSet<>();
        spellings.stream().filter(s -> !s.han()).map(Spelling::text).filter(t -> !t.isEmpty()).forEach(texts::add);
        return new ArrayList<>(texts);
    }
}
