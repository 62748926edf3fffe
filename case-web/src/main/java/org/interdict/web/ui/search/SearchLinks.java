package org.interdict.web.ui.search;

import jakarta.faces.context.FacesContext;

import org.interdict.application.search.SearchService;
import org.interdict.application.search.UserQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Addresses of the search pages, so that every search, filter and page can be bookmarked; and the
 * search box's text rewritten with a filter added or removed. The text is parsed by the same
 * {@link UserQuery} the service uses, so a chip removes exactly the filter the service applied.
 */
final class SearchLinks {

    private SearchLinks() {
    }

    static String contextPath() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? "" : faces.getExternalContext().getRequestContextPath();
    }

    /** /search.xhtml with the non-empty parameters. */
    static String search(String q, String from, String to, String sort) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("sort", sort);
        return page("/search.xhtml", parameters);
    }

    static String page(String path, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(contextPath()).append(path);
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() != null && !p.getValue().isBlank()) {
                url.append(separator).append(p.getKey()).append('=').append(encode(p.getValue().strip()));
                separator = '&';
            }
        }
        return url.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The filter as the box writes it: {@code country:RU}, {@code agency:"X Y"}, {@code -type:case}. */
    static String written(UserQuery.Filter filter) {
        return written(filter.field(), filter.value(), filter.excluded());
    }

    static String written(UserQuery.Field field, String value, boolean excluded) {
        String v = value.chars().anyMatch(Character::isWhitespace) ? "\"" + value + "\"" : value;
        return (excluded ? "-" : "") + field.prefix() + ":" + v;
    }

    /**
     * The filter of the query (not excluded) on this field with this value, if it holds one: record types
     * compare by the type they name ({@code type:trade} is {@code type:trade_record}), other values ignoring case.
     */
    static Optional<UserQuery.Filter> find(UserQuery query, UserQuery.Field field, String value) {
        return query.filters().stream().filter(f -> !f.excluded() && f.field() == field && same(field, f.value(), value)).findFirst();
    }

    static boolean has(UserQuery query, UserQuery.Field field, String value) {
        return find(query, field, value).isPresent();
    }

    private static boolean same(UserQuery.Field field, String a, String b) {
        if (field == UserQuery.Field.TYPE) {
            try {
                return SearchService.recordType(a) == SearchService.recordType(b);
            } catch (RuntimeException e) {
                return a.equalsIgnoreCase(b);
            }
        }
        return a.equalsIgnoreCase(b);
    }

    /** The text with the filter added at the end. */
    static String with(String text, UserQuery.Field field, String value) {
        String base = text == null ? "" : text.strip();
        return (base.isEmpty() ? "" : base + " ") + written(field, value, false);
    }

    /** The query written again without the filters equal to this one (same field and value). */
    static String without(UserQuery query, UserQuery.Filter removed) {
        List<String> parts = new ArrayList<>();
        for (UserQuery.Term term : query.terms()) {
            if (term instanceof UserQuery.Filter f) {
                if (f.field() == removed.field() && f.excluded() == removed.excluded()
                        && Objects.equals(f.value().toLowerCase(), removed.value().toLowerCase())) {
                    continue;
                }
                parts.add(written(f));
            } else if (term instanceof UserQuery.Phrase p) {
                parts.add((p.excluded() ? "-" : "") + "\"" + p.text() + "\"");
            } else if (term instanceof UserQuery.Word w) {
                parts.add((w.excluded() ? "-" : "") + w.text());
            }
        }
        return String.join(" ", parts);
    }
}
