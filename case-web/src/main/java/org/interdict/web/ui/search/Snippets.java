package org.interdict.web.ui.search;

import java.util.regex.Pattern;

/**
 * Highlighted snippets made safe to insert as HTML. The search service already escapes the indexed
 * text and marks matches with {@code <em>}; this is the second lock on that door: whatever else looks
 * like markup is escaped, entities that are not well-formed are escaped, and the marks are balanced,
 * so that a snippet can never carry more than emphasis into the page.
 */
final class Snippets {

    private static final String OPEN = "<em>";
    private static final String CLOSE = "</em>";
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    private Snippets() {
    }

    static String safe(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(snippet.length() + 16);
        int open = 0;
        int i = 0;
        while (i < snippet.length()) {
            char c = snippet.charAt(i);
            if (snippet.startsWith(OPEN, i)) {
                if (open == 0) {
                    out.append(OPEN);
                    open++;
                }
                i += OPEN.length();
                continue;
            }
            if (snippet.startsWith(CLOSE, i)) {
                if (open > 0) {
                    out.append(CLOSE);
                    open--;
                }
                i += CLOSE.length();
                continue;
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '&' -> {
                    var m = ENTITY.matcher(snippet).region(i, Math.min(snippet.length(), i + 34));
                    out.append(m.lookingAt() ? "&" : "&amp;");
                }
                default -> out.append(c);
            }
            i++;
        }
        if (open > 0) {
            out.append(CLOSE);
        }
        return out.toString();
    }
}
