package org.interdict.application.search;

import org.interdict.application.Inputs;
import org.interdict.application.InvalidInputException;
import org.interdict.application.security.InternalField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user types into the search box, parsed into terms: words, {@code "quoted phrases"},
 * {@code -excluded} words or phrases, and {@code field:value} filters for the fields that
 * {@link Field} names. Anything else (an unknown prefix, stray quotes or operators) is text:
 * the engine never sees the user's syntax, only the terms built from it.
 */
public record UserQuery(String text, List<Term> terms) {

    public static final int MAX_LENGTH = 500;

    /**
     * A field a user may filter on with {@code name:value}; those that filter on an {@link InternalField}
     * are not offered to partners.
     */
    public enum Field {
        TYPE("type", null), COUNTRY("country", null), STATUS("status", null), AGENCY("agency", null),
        KIND("kind", null), MEASURE("measure", null), IDENTIFIER("id", null), REFERENCE("ref", null),
        ROLE("role", null), HS("hs", null), TIER("tier", null), FLAGGED("flagged", null), TAG("tag", InternalField.TAGS),
        ASSIGNEE("assignee", InternalField.ASSIGNEE), PRIORITY("priority", InternalField.PRIORITY);

        private final String prefix;
        private final InternalField internalField;

        Field(String prefix, InternalField internalField) {
            this.prefix = prefix;
            this.internalField = internalField;
        }

        public String prefix() {
            return prefix;
        }

        /** Whether the field is one of the {@link InternalField}s, which stay within the owning agency. */
        public boolean internal() {
            return internalField != null;
        }

        /** The internal field it filters on, if it is one. */
        public Optional<InternalField> internalField() {
            return Optional.ofNullable(internalField);
        }

        static Optional<Field> byPrefix(String prefix) {
            String wanted = prefix.toLowerCase(Locale.ROOT);
            for (Field field : values()) {
                if (field.prefix.equals(wanted) || field.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    /** One part of the query. */
    public sealed interface Term permits Word, Phrase, Filter {
        /** Whether the term must not match. */
        boolean excluded();
    }

    public record Word(String text, boolean excluded) implements Term {
    }

    public record Phrase(String text, boolean excluded) implements Term {
    }

    public record Filter(Field field, String value, boolean excluded) implements Term {
    }

    public static UserQuery parse(String input) {
        return parse(input, false);
    }

    /**
     * Parses the box's text. In a partner's view the internal fields are not filters: their prefix is
     * read as text, which searches only the fields a partner may read.
     */
    public static UserQuery parse(String input, boolean partnerView) {
        String cleaned = Inputs.optionalLine(input, "the search text", MAX_LENGTH);
        String text = cleaned == null ? "" : cleaned;
        List<Term> terms = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean excluded = text.charAt(i) == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = excluded ? i + 1 : i;
            if (text.charAt(start) == '"') {
                int close = text.indexOf('"', start + 1);
                int end = close < 0 ? text.length() : close;
                add(terms, new Phrase(text.substring(start + 1, end).strip(), excluded));
                i = close < 0 ? text.length() : close + 1;
                continue;
            }
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String token = text.substring(start, end);
            int colon = token.indexOf(':');
            Optional<Field> field = colon > 0 ? Field.byPrefix(token.substring(0, colon)) : Optional.empty();
            if (field.isPresent() && !(partnerView && field.get().internal())) {
                String value = token.substring(colon + 1);
                if (value.startsWith("\"")) {
                    int close = text.indexOf('"', start + colon + 2);
                    int valueEnd = close < 0 ? text.length() : close;
                    value = text.substring(start + colon + 2, valueEnd);
                    end = close < 0 ? text.length() : close + 1;
                }
                if (!value.isBlank()) {
                    terms.add(new Filter(field.get(), value.strip(), excluded));
                }
            } else {
                add(terms, new Word(token, excluded));
            }
            i = end;
        }
        return new UserQuery(text, List.copyOf(terms));
    }

    private static void add(List<Term> terms, Term term) {
        String text = term instanceof Word w ? w.text() : ((Phrase) term).text();
        if (!text.replaceAll("[\\p{Punct}\\s]", "").isEmpty()) {
            terms.add(term);
        }
    }

    /** The words that must match, in the order typed. */
    public List<String> words() {
        return terms.stream().filter(t -> t instanceof Word w && !w.excluded()).map(t -> ((Word) t).text()).toList();
    }

    public List<Term> phrasesAndExclusions() {
        return terms.stream().filter(t -> t instanceof Phrase || t instanceof Word w && w.excluded()).toList();
    }

    public List<Filter> filters() {
        return terms.stream().filter(Filter.class::isInstance).map(Filter.class::cast).toList();
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
