package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

import co.elastic.clients.util.NamedValue;

import org.interdict.application.search.RecordType;

import java.util.Locale;

/**
 * The indices of the search projection, defined in code: one per record type, created under a
 * versioned name ({@code interdict-parties-v1}) behind an alias ({@code interdict-parties}) that
 * every read and write goes through, so that a rebuild can fill a new version and swap the alias.
 */
final class SearchIndices {

    /** Bump when the mapping changes: a rebuild then creates the new version. */
    static final int MAPPING_VERSION = 1;

    static final String OWNING_AGENCY = "owningAgency";
    static final String RELEASED_TO = "releasedTo";
    static final String PUBLIC = "public";
    static final String RECORD_TYPE = "recordType";
    static final String RECORD_VERSION = "recordVersion";
    /** Names normalised by NameNormalizer: the field that name queries match. */
    static final String NAMES_NORMALIZED = "namesNormalized";
    /** Tokens of the normalised names, exact, for token-level candidates. */
    static final String NAME_TOKENS = "nameTokens";

    private SearchIndices() {
    }

    static String alias(RecordType type) {
        return "interdict-" + switch (type) {
            case PARTY -> "parties";
            case CASE -> "cases";
            case DESIGNATION -> "designations";
        };
    }

    static String versionedName(RecordType type) {
        return alias(type) + "-v" + MAPPING_VERSION;
    }

    /**
     * Visibility fields are exact keywords (the access policy's filter matches them); every other
     * string is full text with an exact {@code .keyword} twin for facets and sorting.
     */
    static TypeMapping mapping() {
        return TypeMapping.of(m -> m
                .dynamicTemplates(NamedValue.of("strings", DynamicTemplate.of(t -> t
                        .matchMappingType("string")
                        .mapping(p -> p.text(text -> text.fields("keyword", f -> f.keyword(k -> k.ignoreAbove(512))))))))
                .properties(RECORD_TYPE, p -> p.keyword(k -> k))
                .properties(OWNING_AGENCY, p -> p.keyword(k -> k))
                .properties(RELEASED_TO, p -> p.keyword(k -> k))
                .properties(PUBLIC, p -> p.boolean_(b -> b))
                .properties(RECORD_VERSION, p -> p.long_(l -> l))
                .properties(NAMES_NORMALIZED, p -> p.text(t -> t.fields("keyword", f -> f.keyword(k -> k))))
                .properties(NAME_TOKENS, p -> p.keyword(k -> k)));
    }

    static String typeName(RecordType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
