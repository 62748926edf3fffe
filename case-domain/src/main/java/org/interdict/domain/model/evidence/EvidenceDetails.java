package org.interdict.domain.model.evidence;

import org.interdict.domain.model.shared.PlainText;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What people write about an evidence item: its name, a description, where it came from (the source
 * and its provenance: who obtained it, from where, on which date) and its handling marking. The
 * constructor applies the product's text rule ({@link PlainText}); the name is a file name, sanitised
 * rather than refused.
 */
public record EvidenceDetails(String name, String description, String source, String obtainedBy, String obtainedFrom,
        LocalDate obtainedOn, String handlingMarking) {

    public static final int NAME = 255;
    public static final int DESCRIPTION = 10_000;
    public static final int SOURCE = 500;
    public static final int OBTAINED_BY = 200;
    public static final int OBTAINED_FROM = 500;
    public static final int MARKING = 64;
    /** The name of a file whose name says nothing (none given, or nothing visible left). */
    public static final String UNNAMED = "evidence";

    public EvidenceDetails {
        String file = PlainText.fileName(name);
        name = file == null ? UNNAMED : file;
        description = PlainText.optionalParagraphs(description, "the description", DESCRIPTION);
        source = PlainText.optionalLine(source, "the source", SOURCE);
        obtainedBy = PlainText.optionalLine(obtainedBy, "who obtained it", OBTAINED_BY);
        obtainedFrom = PlainText.optionalLine(obtainedFrom, "where it was obtained", OBTAINED_FROM);
        obtainedOn = PlainText.date(obtainedOn, "the date it was obtained");
        if (obtainedOn != null && obtainedOn.isAfter(LocalDate.now().plusDays(1))) {
            throw new IllegalArgumentException("The date it was obtained lies in the future (" + obtainedOn + ").");
        }
        handlingMarking = marking(handlingMarking);
    }

    /**
     * A handling marking as the authorities write them (OFFICIAL, OFFICIAL-SENSITIVE, RESTRICTED, EU
     * RESTRICTED, NATO UNCLASSIFIED …): upper case letters, digits, spaces, hyphens and slashes.
     */
    private static String marking(String value) {
        String marking = PlainText.optionalLine(value, "the handling marking", MARKING);
        if (marking == null) {
            return null;
        }
        marking = marking.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!marking.matches("[A-Z0-9][A-Z0-9 /-]*")) {
            throw new IllegalArgumentException("The handling marking is written in letters, digits, spaces, hyphens and slashes, "
                    + "e.g. OFFICIAL-SENSITIVE; '" + PlainText.excerpt(value) + "' is not.");
        }
        return marking;
    }
}
