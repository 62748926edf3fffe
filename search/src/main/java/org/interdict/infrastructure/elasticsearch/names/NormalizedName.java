package org.interdict.infrastructure.elasticsearch.names;

import java.util.List;

/**
 * A name made comparable: folded to lower-case ASCII Latin, punctuation gone, legal-form words set
 * aside. {@code ООО «Сильва»}, {@code Silva LLC} and {@code SILVA, OOO} all become {@code silva}.
 *
 * @param original   the name as written
 * @param script     the script most of its letters are written in (Latin, Cyrillic, Han, …)
 * @param normalized the comparable form, tokens joined by single spaces
 * @param tokens     the comparable tokens
 * @param legalForms the legal forms found and set aside, as the table names them (OOO, Ltd, …)
 */
public record NormalizedName(String original, String script, String normalized, List<String> tokens,
        List<String> legalForms) {
}
