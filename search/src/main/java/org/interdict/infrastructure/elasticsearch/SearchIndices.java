package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;

import org.interdict.application.projection.RecordType;
import org.interdict.application.security.InternalField;
import org.interdict.application.security.Visibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The indices of the search projection, defined in code: one per record type, created under a
 * versioned name ({@code interdict-parties-v1}) behind an alias ({@code interdict-parties}) that
 * every read and write goes through, so that a rebuild can fill a new version and swap the alias.
 */
final class SearchIndices {

    /**
     * Bump when the mapping changes, or what the index derives from a record (7: names' keys under every
     * romanisation, concepts, derived names): a rebuild then creates the new version.
     */
    static final int MAPPING_VERSION = 7;
    /** Where an index's mapping says which version it is. */
    static final String MAPPING_VERSION_META = "mappingVersion";

    static final String OWNING_AGENCY = "owningAgency";
    static final String RELEASED_TO = "releasedTo";
    static final String PUBLIC = "public";
    static final String RECORD_TYPE = "recordType";
    static final String RECORD_VERSION = "recordVersion";
    /** Names normalised by NameNormalizer: the field that name queries match. */
    static final String NAMES_NORMALIZED = "namesNormalized";
    /** Tokens of the normalised names, exact, for token-level candidates. */
    static final String NAME_TOKENS = "nameTokens";
    /**
     * Each normalised name without spaces, exact: a Latin name and its Han form meet here, since
     * pinyin comes one syllable at a time ("wu han gao xin") where Latin writes words ("Wuhan Gaoxin").
     */
    static final String NAMES_COMPACT = "namesCompact";
    /** What a hit is called: a party's or designation's name, a case's title. */
    static final String TITLE = "title";
    /** The title folded to lower case, for sorting by name. */
    static final String SORT_NAME = "sortName";
    /** When the record last changed (a designation: when it was published): sorting and the date facet. */
    static final String RECORD_DATE = "recordDate";

    /** Fields several kinds of record share (each kind's own fields are named by its document class). */
    static final String PRIMARY_NAME = "primaryName";
    /** Every name a record is found by: a party's names and aliases, a trade record's parties' names. */
    static final String NAMES = "names";
    static final String COUNTRY = "country";
    /** Identifiers as {@code TYPE:value}, e.g. {@code INN:7707083893}. */
    static final String IDENTIFIERS = "identifiers";
    static final String UPDATED_AT = "updatedAt";

    /** Full-text fields every reader of a record may search. */
    static final List<String> SHARED_TEXT = List.of(TITLE, PRIMARY_NAME, NAMES, CaseDocument.SUMMARY, CaseDocument.SUBJECTS,
            CaseDocument.REFERENCE, IDENTIFIERS, DesignationDocument.LEGAL_BASIS, TradeRecordDocument.GOODS_DESCRIPTION,
            TradeRecordDocument.DECLARATION_NUMBER, EvidenceDocument.TEXT, EvidenceDocument.DESCRIPTION, EvidenceDocument.SOURCE,
            EvidenceDocument.OBTAINED_FROM, EvidenceDocument.CASE_REFERENCE);
    /** Full-text fields only the owning agency reads: searched and highlighted only for its users. */
    static final List<String> INTERNAL_TEXT = List.of(CaseDocument.field(InternalField.TAGS).orElseThrow(),
            CaseDocument.field(InternalField.ASSIGNEE).orElseThrow(),
            TradeRecordDocument.field(InternalField.RESOLVED_PARTIES).orElseThrow());

    /** Every field of any document that holds an {@link InternalField}: a partner's query neither searches nor returns them. */
    static List<String> internalFields() {
        return java.util.Arrays.stream(InternalField.values())
                .flatMap(f -> java.util.stream.Stream.of(CaseDocument.field(f), TradeRecordDocument.field(f), EvidenceDocument.field(f)))
                .flatMap(java.util.Optional::stream).toList();
    }

    /** The exact twin of a text field (facets, terms, sorting). */
    static String keyword(String field) {
        return field + "." + KEYWORD;
    }

    private static final String KEYWORD = "keyword";

    private SearchIndices() {
    }

    static String alias(RecordType type) {
        return "interdict-" + switch (type) {
            case PARTY -> "parties";
            case CASE -> "cases";
            case DESIGNATION -> "designations";
            case TRADE_RECORD -> "trade-records";
            case EVIDENCE -> "evidence";
        };
    }

    /** The first index of a type; rebuilds add a generation ({@code interdict-parties-v2-g1700000000000}). */
    static String versionedName(RecordType type) {
        return alias(type) + "-v" + MAPPING_VERSION;
    }

    static String rebuildName(RecordType type, long generation) {
        return versionedName(type) + "-g" + generation;
    }

    static List<String> aliases() {
        return java.util.Arrays.stream(RecordType.values()).map(SearchIndices::alias).toList();
    }

    /** The full-text fields a reader with this visibility may search and see highlighted. */
    static List<String> textFields(Visibility visibility) {
        if (visibility.partnerView()) {
            return SHARED_TEXT;
        }
        List<String> fields = new ArrayList<>(SHARED_TEXT);
        fields.addAll(INTERNAL_TEXT);
        return fields;
    }

    /** The access policy's visibility as a filter: the caller's own agency, releases to their agency, public records. */
    static Query visibleTo(Visibility visibility) {
        return Query.of(q -> q.bool(b -> {
            if (visibility.ownerAgency() != null) {
                b.should(s -> s.term(t -> t.field(OWNING_AGENCY).value(visibility.ownerAgency())));
            }
            if (visibility.partnerAgency() != null) {
                b.should(s -> s.term(t -> t.field(RELEASED_TO).value(visibility.partnerAgency())));
            }
            b.should(s -> s.term(t -> t.field(PUBLIC).value(true)));
            return b.minimumShouldMatch("1");
        }));
    }

    /**
     * Visibility fields are exact keywords (the access policy's filter matches them); every other
     * string is full text with an exact {@code .keyword} twin for facets and sorting.
     */
    static TypeMapping mapping() {
        return TypeMapping.of(m -> m
                .meta(MAPPING_VERSION_META, JsonData.of(MAPPING_VERSION))
                .dynamicTemplates(NamedValue.of("strings", DynamicTemplate.of(t -> t
                        .matchMappingType("string")
                        .mapping(p -> p.text(text -> text.fields(KEYWORD, f -> f.keyword(k -> k.ignoreAbove(512))))))))
                .properties(RECORD_TYPE, p -> p.keyword(k -> k))
                .properties(OWNING_AGENCY, p -> p.keyword(k -> k))
                .properties(RELEASED_TO, p -> p.keyword(k -> k))
                .properties(PUBLIC, p -> p.boolean_(b -> b))
                .properties(RECORD_VERSION, p -> p.long_(l -> l))
                .properties(NAMES_NORMALIZED, p -> p.text(t -> t.fields(KEYWORD, f -> f.keyword(k -> k))))
                .properties(NAME_TOKENS, p -> p.keyword(k -> k))
                .properties(NAMES_COMPACT, p -> p.keyword(k -> k.ignoreAbove(512)))
                .properties(TITLE, p -> p.text(t -> t.fields(KEYWORD, f -> f.keyword(k -> k.ignoreAbove(512)))))
                .properties(SORT_NAME, p -> p.keyword(k -> k.ignoreAbove(512)))
                .properties(RECORD_DATE, p -> p.date(d -> d))
                .properties(TradeRecordDocument.VALUE, p -> p.double_(d -> d))
                .properties(TradeRecordDocument.VALUE_USD, p -> p.double_(d -> d))
                .properties(TradeRecordDocument.NET_WEIGHT_KG, p -> p.double_(d -> d))
                .properties(TradeRecordDocument.LINE_NUMBER, p -> p.integer(i -> i))
                .properties(TradeRecordDocument.FLAGGED, p -> p.boolean_(b -> b))
                .properties(TradeRecordDocument.EXPORTER_PARTY, p -> p.keyword(k -> k))
                .properties(TradeRecordDocument.CONSIGNEE_PARTY, p -> p.keyword(k -> k))
                // The text inside evidence files: full text only (no exact twin of a million characters), with
                // offsets stored so that snippets of long texts are cut without re-reading the whole text.
                .properties(EvidenceDocument.TEXT, p -> p.text(t -> t.indexOptions(co.elastic.clients.elasticsearch._types.mapping.IndexOptions.Offsets)))
                .properties(EvidenceDocument.SIZE, p -> p.long_(l -> l))
                .properties(EvidenceDocument.SHA256, p -> p.keyword(k -> k)));
    }

    /**
     * How often an index makes new writes searchable: every second, as analysts expect of records they
     * just recorded; every five seconds for trade records, which arrive by the million from imports
     * and would otherwise spend much of the indexing effort on refreshing and merging small segments.
     */
    static String refreshInterval(String index) {
        return index.startsWith(alias(RecordType.TRADE_RECORD)) ? "5s" : "1s";
    }

    /** Edits allowed on a whole name without spaces: none for short ones, then one, then two. */
    static String compactFuzziness(String compact) {
        return compact.length() < 4 ? "0" : compact.length() < 7 ? "1" : "2";
    }

    static String typeName(RecordType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
