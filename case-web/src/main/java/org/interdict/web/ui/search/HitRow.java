package org.interdict.web.ui.search;

import java.io.Serializable;
import java.util.List;

/**
 * One search hit as the results list shows it, computed once when its page arrives (never in a render
 * expression).
 *
 * @param kind      party, case, designation, trade or evidence: the style class {@code hit-KIND}
 * @param typeLabel the kind in words
 * @param icon      the PrimeIcons class of the kind
 * @param reference a case reference shown in mono type (cases and evidence), or null
 * @param title     the record's title as plain text
 * @param link      where the title leads, or null when the record has no page of its own
 * @param caseLink  the page of the case a piece of evidence belongs to, or null
 * @param snippets  highlighted snippets, already safe HTML (see {@link Snippets})
 * @param reasons   why it matched, in words
 * @param facts     key facts (country, status, date, value …) as label and text
 * @param parties   for a trade record: the exporter and the consignee, linked when they resolve to a party
 */
public record HitRow(String kind, String typeLabel, String icon, String reference, String title, String link,
        String caseLink, List<Snippet> snippets, List<String> reasons, List<Fact> facts, List<PartyRef> parties)
        implements Serializable {

    /** A snippet and the field it comes from, in words. */
    public record Snippet(String field, String html) implements Serializable {
    }

    /** A label and its value, both words; {@code styleClass} marks a status or a flag. */
    public record Fact(String label, String value, String styleClass) implements Serializable {
    }

    /** A party named by a trade record: its role in words, the name as written, its page (or null). */
    public record PartyRef(String role, String name, String link) implements Serializable {
    }
}
