package org.interdict.application.trade;

import java.time.Instant;
import java.util.Locale;

/**
 * How an agency reads one vendor's files, saved by name: the {@link CustomsFile.Layout} (header names of
 * the columns the defaults do not know, the file's currency, the sheet), and who saved it when.
 */
public record ImportProfile(String name, CustomsFile.Layout layout, String savedBy, Instant savedAt) {

    /** The longest name a profile may have. */
    public static final int NAME = 120;

    public ImportProfile {
        name = checkedName(name);
    }

    /** A profile's name, stripped; refused when empty, too long or holding control characters. */
    public static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("An import profile needs a name, e.g. the vendor's: \"Vendor X, Russia full\".");
        }
        if (stripped.codePointCount(0, stripped.length()) > NAME) {
            throw new IllegalArgumentException("An import profile's name has at most " + NAME + " characters.");
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new IllegalArgumentException("An import profile's name cannot hold control characters (line breaks, tabs) or "
                    + "invisible ones that reorder text.");
        }
        if (stripped.contains("/") || stripped.contains("\\")) {
            throw new IllegalArgumentException("An import profile's name cannot hold a slash: it is part of the profile's address.");
        }
        return stripped;
    }

    /** Whether a file whose header has these names is one this profile reads: every header it names is there. */
    boolean fits(java.util.List<String> headerNames) {
        if (layout.columns().isEmpty()) {
            return false;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        headerNames.forEach(n -> names.add(n.strip().toLowerCase(Locale.ROOT)));
        return layout.columns().values().stream().allMatch(h -> names.contains(h.strip().toLowerCase(Locale.ROOT)));
    }
}
