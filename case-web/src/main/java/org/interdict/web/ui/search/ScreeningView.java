package org.interdict.web.ui.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.RecordNotFoundException;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.projection.RecordType;
import org.interdict.application.search.NameScreening;
import org.interdict.application.search.ScreeningService;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Screening a name (any script) against the parties and designations the user may see. The form is a
 * plain GET form, so a screening is an address that can be bookmarked and sent to a colleague; the
 * ranking, the threshold and the explanations are the service's.
 */
@Named("screeningView")
@RequestScoped
public class ScreeningView {

    @Inject
    ScreeningService screening;

    @Inject
    DesignationService designations;

    private String name;
    private String kind;
    private String country;
    private String identifiers;
    private boolean screened;
    private List<Row> candidates = List.of();
    private String nameScript;

    /**
     * One candidate as the list shows it.
     *
     * @param percent       the score as a whole percentage, for the width of the bar
     * @param matchedScript the script the matched name is written in, in words
     * @param otherScript   whether that script differs from the screened name's: the alias is then named
     * @param partyLink     the party's page (for a designation: its party's), or null
     * @param newCaseLink   "open a case on it", or null when there is no party
     */
    public record Row(String source, String sourceLabel, String name, String country, double score, long percent,
            String matchedName, String matchedScript, boolean otherScript, String explanation, String partyLink,
            String newCaseLink) {
    }

    public void load() {
        if (SearchView.blank(name)) {
            return;
        }
        nameScript = script(name);
        List<String> numbers = SearchView.blank(identifiers) ? List.of()
                : Arrays.stream(identifiers.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String k = SearchView.blank(kind) ? null : kind;
        String c = SearchView.blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        Optional<List<NameScreening.Candidate>> found = Ui.attempt(() -> screening.screen(name, k, c, numbers, null, null));
        if (found.isEmpty()) {
            return;
        }
        screened = true;
        List<Row> rows = new ArrayList<>();
        for (NameScreening.Candidate candidate : found.get()) {
            rows.add(row(candidate));
        }
        candidates = rows;
    }

    private Row row(NameScreening.Candidate c) {
        String partyId = c.type() == RecordType.DESIGNATION ? designationParty(c.id()) : c.id();
        String matchedScript = c.matchedName() == null ? null : script(c.matchedName());
        boolean other = matchedScript != null && nameScript != null && !matchedScript.equals(nameScript);
        String source = SearchView.kind(c.type());
        return new Row(source, Texts.text(Texts.SEARCH, "screen.source." + source), c.name(), c.country(), c.score(),
                Math.round(Math.max(0, Math.min(1, c.score())) * 100), c.matchedName(), matchedScript, other,
                c.explanation(), partyId == null ? null : SearchView.partyLink(partyId),
                partyId == null ? null : SearchLinks.page("/case-new.xhtml", Map.of("party", partyId)));
    }

    private String designationParty(String id) {
        try {
            UUID party = designations.get(UUID.fromString(id)).partyId();
            return party == null ? null : party.toString();
        } catch (RecordNotFoundException | AccessDeniedException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The script most letters of the name are written in, in words ("Cyrillic", "Han", "Latin" …). */
    static String script(String text) {
        java.util.Map<UnicodeScript, Integer> counts = new java.util.EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            UnicodeScript s = UnicodeScript.of(cp);
            if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
                counts.merge(s, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> scriptName(e.getKey())).orElse(null);
    }

    private static String scriptName(UnicodeScript script) {
        String key = "script." + script.name();
        String words = Texts.text(Texts.SEARCH, key);
        if (!words.equals(key)) {
            return words;
        }
        String lower = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Nothing to screen yet: the page explains what screening does. */
    public boolean isStart() {
        return SearchView.blank(name);
    }

    public boolean isScreened() {
        return screened;
    }

    public List<Row> getCandidates() {
        return candidates;
    }

    public String getNameScript() {
        return nameScript;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getIdentifiers() {
        return identifiers;
    }

    public void setIdentifiers(String identifiers) {
        this.identifiers = identifiers;
    }
}
