package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.InvalidInputException;
import org.interdict.application.evidence.TextStatus;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.search.RecordSearch;
import org.interdict.application.search.SavedSearches;
import org.interdict.application.search.SearchCursorExpiredException;
import org.interdict.application.search.SearchService;
import org.interdict.application.search.UserQuery;
import org.interdict.application.security.Visibility;
import org.interdict.infrastructure.elasticsearch.names.NameNormalizer;
import org.interdict.infrastructure.elasticsearch.names.NameSimilarity;
import org.interdict.infrastructure.elasticsearch.names.NormalizedName;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One-box search in Elasticsearch. The user's terms become clauses built here (never a query
 * string): words must all match (as typed, with a spelling tolerance, or as a name across scripts
 * and legal forms), phrases match in order, exclusions must not match, {@code field:value} terms
 * filter. Every clause is named, so each hit says which of them it met. Pages follow one another on
 * a point in time with {@code search_after}, so paging neither skips nor repeats a record while the
 * index changes; the total is exact.
 */
@ApplicationScoped
// Elasticsearch's hit type has the simple name of the port's own Hit: it is named in full here.
@SuppressWarnings({"rawtypes", "unchecked"})
public class ElasticsearchRecordSearch implements RecordSearch {

    static final String KEEP_ALIVE = "2m";
    /** Typos allowed: none up to 3 letters (short words and pinyin syllables would meet anything), 1 up to 6, then 2. */
    static final String FUZZINESS = "AUTO:4,7";
    private static final String WORDS = "words";
    private static final String WORDS_FUZZY = "words-fuzzy";
    private static final String NAME = "name";
    private static final String PHRASE = "phrase:";
    private static final String FILTER = "filter:";
    private static final String SAVED = "saved:";
    static final int SEARCHES_PER_REQUEST = 200;
    private static final Map<String, String> FIELD_LABELS = Map.of(SearchIndices.PRIMARY_NAME, NAME,
            DesignationDocument.LEGAL_BASIS, "legal basis", EvidenceDocument.TEXT, "the text of the file",
            EvidenceDocument.CASE_REFERENCE, "case reference", EvidenceDocument.OBTAINED_FROM, "obtained from");

    private ElasticsearchConnection connection;
    private final NameNormalizer names = NameNormalizer.shared();
    private final ObjectMapper json = new ObjectMapper();

    /** For the CDI container's client proxy. */
    protected ElasticsearchRecordSearch() {
    }

    @Inject
    public ElasticsearchRecordSearch(ElasticsearchConnection connection) {
        this.connection = connection;
    }

    /** Where a page ended: the point in time, the sort values of its last hit, how many hits came before. */
    record Cursor(String pit, List<Object> after, long seen, String sort) {
    }

    @Override
    public Page search(Request request, Visibility visibility) {
        Cursor cursor = request.cursor() == null ? null : decode(request.cursor(), request.sort());
        String pit = cursor == null ? openPointInTime() : cursor.pit();
        SearchResponse<Map> response = run(request, visibility, pit, cursor == null ? null : cursor.after(), cursor == null);
        List<co.elastic.clients.elasticsearch.core.search.Hit<Map>> hits = response.hits().hits();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        long seen = (cursor == null ? 0 : cursor.seen()) + hits.size();
        String nextPit = response.pitId() == null ? pit : response.pitId();
        String next = null;
        if (seen < total && hits.size() == request.size()) {
            next = encode(new Cursor(nextPit, values(hits.get(hits.size() - 1).sort()), seen, request.sort().name()));
        } else {
            closePointInTime(nextPit);
        }
        NormalizedName wanted = names.normalize(String.join(" ", request.query().words()));
        List<RecordSearch.Hit> page = hits.stream().map(hit -> hit(hit, wanted, visibility)).toList();
        return new Page(total, page, cursor == null ? facets(response) : null, next);
    }

    @Override
    public long export(Request request, Visibility visibility, Consumer<RecordSearch.Hit> sink) {
        String pit = openPointInTime();
        NormalizedName wanted = names.normalize(String.join(" ", request.query().words()));
        long count = 0;
        List<Object> after = null;
        try {
            while (true) {
                SearchResponse<Map> response = run(request, visibility, pit, after, false);
                pit = response.pitId() == null ? pit : response.pitId();
                List<co.elastic.clients.elasticsearch.core.search.Hit<Map>> hits = response.hits().hits();
                for (co.elastic.clients.elasticsearch.core.search.Hit<Map> hit : hits) {
                    sink.accept(hit(hit, wanted, visibility));
                }
                count += hits.size();
                if (hits.size() < request.size()) {
                    return count;
                }
                after = values(hits.get(hits.size() - 1).sort());
            }
        } finally {
            closePointInTime(pit);
        }
    }

    /**
     * One request per batch for all saved searches (in chunks of {@value #SEARCHES_PER_REQUEST}): each
     * is a clause named by its id, within its owner's visibility, over only the batch's records; a
     * hit's matched names say which searches it meets.
     */
    @Override
    public Map<UUID, List<SavedSearches.RecordRef>> matches(List<SavedSearches.SavedSearch> searches,
            List<SavedSearches.RecordRef> records) {
        Map<String, SavedSearches.RecordRef> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        Map<String, UUID> clauses = new LinkedHashMap<>();
        List<Query> named = new ArrayList<>();
        for (SavedSearches.SavedSearch saved : searches) {
            try {
                Request request = new Request(UserQuery.parse(saved.query(), saved.visibility().partnerView()), null, null,
                        Sort.RELEVANCE, byId.size(), null);
                Query query = query(request, saved.visibility(), SearchIndices.textFields(saved.visibility()), false);
                String name = SAVED + saved.id();
                named.add(Query.of(q -> q.bool(b -> b.must(query).queryName(name))));
                clauses.put(name, saved.id());
            } catch (InvalidInputException e) {
                // A search saved under rules that changed since: it matches nothing until its owner edits it.
                continue;
            }
        }
        if (named.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<SavedSearches.RecordRef>> matches = new LinkedHashMap<>();
        try {
            // The records were just written: make them visible to search before asking which searches they meet.
            connection.client().indices().refresh(r -> r.index(SearchIndices.aliases()));
            for (int from = 0; from < named.size(); from += SEARCHES_PER_REQUEST) {
                List<Query> chunk = named.subList(from, Math.min(named.size(), from + SEARCHES_PER_REQUEST));
                SearchResponse<Map> response = connection.client().search(s -> s.index(SearchIndices.aliases())
                        .size(byId.size()).source(src -> src.fetch(false))
                        .query(q -> q.bool(b -> b.filter(f -> f.ids(ids -> ids.values(List.copyOf(byId.keySet()))))
                                .should(chunk).minimumShouldMatch("1"))), Map.class);
                for (var hit : response.hits().hits()) {
                    SavedSearches.RecordRef record = byId.get(hit.id());
                    for (String name : hit.matchedQueries()) {
                        UUID saved = clauses.get(name);
                        if (saved != null && record != null) {
                            matches.computeIfAbsent(saved, id -> new ArrayList<>()).add(record);
                        }
                    }
                }
            }
            return matches;
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Saved searches need Elasticsearch at " + connection.url() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public java.util.Set<String> visible(java.util.Collection<String> ids, Visibility visibility) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        try {
            SearchResponse<Map> response = connection.client().search(s -> s.index(SearchIndices.aliases())
                    .size(ids.size()).source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(List.copyOf(ids))))
                            .filter(SearchIndices.visibleTo(visibility)))), Map.class);
            java.util.Set<String> seen = new java.util.HashSet<>();
            response.hits().hits().forEach(hit -> seen.add(hit.id()));
            return seen;
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Checking what a reader may see needs Elasticsearch at " + connection.url()
                    + ": " + e.getMessage(), e);
        }
    }

    private SearchResponse<Map> run(Request request, Visibility visibility, String pit, List<Object> after, boolean facets) {
        List<String> fields = SearchIndices.textFields(visibility);
        SearchRequest.Builder search = new SearchRequest.Builder()
                .pit(p -> p.id(pit).keepAlive(t -> t.time(KEEP_ALIVE)))
                .size(request.size())
                .trackTotalHits(t -> t.enabled(true))
                .query(query(request, visibility, fields, true))
                .sort(sort(request.sort()))
                .source(s -> s.filter(f -> f.excludes(excludedFields(visibility))));
        highlightQuery(request.query(), fields).ifPresent(highlight -> search.highlight(h -> {
            // Highlights mark the words as typed: expanding fuzzy and name clauses for every field of
            // every hit would cost ten times the search itself (the reasons say when spelling was forgiven).
            // The html encoder escapes the stored text, so that a snippet is safe HTML: only the <em> marks are markup.
            h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html)
                    .fragmentSize(160).numberOfFragments(2).highlightQuery(highlight);
            fields.forEach(field -> h.fields(field, f -> f));
            return h;
        }));
        if (after != null) {
            search.searchAfter(after.stream().map(ElasticsearchRecordSearch::fieldValue).toList());
        }
        if (facets) {
            search.aggregations("types", a -> a.terms(t -> t.field(SearchIndices.RECORD_TYPE).size(10)))
                    .aggregations("countries", a -> a.terms(t -> t.field(SearchIndices.keyword(SearchIndices.COUNTRY)).size(30)))
                    .aggregations("agencies", a -> a.terms(t -> t.field(SearchIndices.OWNING_AGENCY).size(30)))
                    .aggregations("caseStatuses", a -> a
                            .filter(f -> f.term(t -> t.field(SearchIndices.RECORD_TYPE).value(SearchIndices.typeName(RecordType.CASE))))
                            .aggregations("values", v -> v.terms(t -> t.field(SearchIndices.keyword(CaseDocument.STATUS)).size(20))))
                    .aggregations("months", a -> a.dateHistogram(d -> d.field(SearchIndices.RECORD_DATE)
                            .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1)))
                    .aggregations("hsChapters", a -> a.terms(t -> t.field(SearchIndices.keyword(TradeRecordDocument.HS_CHAPTER)).size(100)))
                    .aggregations("chpTiers", a -> a.terms(t -> t.field(SearchIndices.keyword(TradeRecordDocument.CHP_TIER)).size(10)));
        }
        try {
            return connection.client().search(search.build(), Map.class);
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || String.valueOf(e.getMessage()).contains("search_context_missing")) {
                throw new SearchCursorExpiredException("This page's search is older than " + KEEP_ALIVE
                        + " without use and has expired: search again from the first page.");
            }
            throw new SearchUnavailableException("Search failed at " + connection.url() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Search needs Elasticsearch at " + connection.url() + ": " + e.getMessage(), e);
        }
    }

    /** What the snippets mark: the words and phrases as typed; none when the query has neither. */
    private static java.util.Optional<Query> highlightQuery(UserQuery user, List<String> fields) {
        List<Query> marks = new ArrayList<>();
        if (!user.words().isEmpty()) {
            String text = String.join(" ", user.words());
            marks.add(Query.of(q -> q.multiMatch(mm -> mm.query(text).fields(fields).operator(Operator.Or))));
        }
        for (UserQuery.Term term : user.terms()) {
            if (term instanceof UserQuery.Phrase phrase && !phrase.excluded()) {
                marks.add(Query.of(q -> q.multiMatch(mm -> mm.query(phrase.text()).fields(fields).type(TextQueryType.Phrase))));
            }
        }
        return marks.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(Query.of(q -> q.bool(b -> b.should(marks))));
    }

    /**
     * The user's terms as named clauses inside the caller's visibility.
     *
     * @param spelling whether words may also match with a typo in any text field: searches do; the
     *                 checks of saved searches after each indexing batch, all at once, do not (names
     *                 still forgive a typo), as expanding every word over every field for every saved
     *                 search costs seconds
     */
    Query query(Request request, Visibility visibility, List<String> fields, boolean spelling) {
        UserQuery user = request.query();
        BoolQuery.Builder bool = new BoolQuery.Builder().filter(SearchIndices.visibleTo(visibility));
        List<String> words = user.words();
        if (!words.isEmpty()) {
            String text = String.join(" ", words);
            String normalized = names.normalize(text).normalized();
            Query clause = Query.of(m -> m.bool(b -> {
                b.should(s -> s.multiMatch(mm -> mm.query(text).fields(fields).type(TextQueryType.CrossFields)
                        .operator(Operator.And).queryName(WORDS).boost(2f)));
                // A typo is forgiven in words, never in numbers: ICT-2026-000011 does not find ICT-2026-000010.
                String numbers = String.join(" ", words.stream().filter(ElasticsearchRecordSearch::hasDigit).toList());
                String lettered = String.join(" ", words.stream().filter(w -> !hasDigit(w)).toList());
                if (spelling && !lettered.isEmpty()) {
                    b.should(s -> s.bool(both -> {
                        both.must(w -> w.multiMatch(mm -> mm.query(lettered).fields(fields).type(TextQueryType.BestFields)
                                .operator(Operator.And).fuzziness(FUZZINESS).prefixLength(1)));
                        if (!numbers.isEmpty()) {
                            both.must(n -> n.multiMatch(mm -> mm.query(numbers).fields(fields).type(TextQueryType.CrossFields)
                                    .operator(Operator.And)));
                        }
                        return both.queryName(WORDS_FUZZY);
                    }));
                }
                if (!normalized.isEmpty()) {
                    b.should(s -> s.match(mt -> mt.field(SearchIndices.NAMES_NORMALIZED).query(normalized)
                            .operator(Operator.And).fuzziness(hasDigit(normalized) ? "0" : FUZZINESS).queryName(NAME).boost(1.5f)));
                    String compact = normalized.replace(" ", "");
                    if (!hasDigit(compact)) {
                        b.should(s -> s.fuzzy(f -> f.field(SearchIndices.NAMES_COMPACT).value(compact)
                                .fuzziness(SearchIndices.compactFuzziness(compact)).queryName(NAME).boost(1.5f)));
                    }
                }
                return b.minimumShouldMatch("1");
            }));
            if (normalized.isEmpty()) {
                // Only legal forms ("LLC", "ООО"): they rank a hit higher but cannot be required of every name.
                bool.should(clause);
            } else {
                bool.must(clause);
            }
        }
        for (UserQuery.Term term : user.phrasesAndExclusions()) {
            Query clause = term instanceof UserQuery.Phrase phrase ? phrase(phrase.text(), fields) : word(((UserQuery.Word) term).text(), fields);
            if (term.excluded()) {
                bool.mustNot(clause);
            } else {
                bool.must(clause);
            }
        }
        for (UserQuery.Filter filter : user.filters()) {
            Query clause = filter(filter);
            if (filter.excluded()) {
                bool.mustNot(clause);
            } else {
                bool.filter(clause);
            }
        }
        if (request.from() != null || request.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field(SearchIndices.RECORD_DATE);
                if (request.from() != null) {
                    d.gte(request.from().toString());
                }
                if (request.to() != null) {
                    d.lt(request.to().plusDays(1).toString());
                }
                return d;
            })));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private Query phrase(String text, List<String> fields) {
        String normalized = names.normalize(text).normalized();
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.multiMatch(mm -> mm.query(text).fields(fields).type(TextQueryType.Phrase).queryName(PHRASE + text)));
            if (!normalized.isEmpty()) {
                b.should(s -> s.matchPhrase(mp -> mp.field(SearchIndices.NAMES_NORMALIZED).query(normalized).queryName(PHRASE + text)));
            }
            return b.minimumShouldMatch("1");
        }));
    }

    private Query word(String text, List<String> fields) {
        String normalized = names.normalize(text).normalized();
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.multiMatch(mm -> mm.query(text).fields(fields).operator(Operator.And)));
            if (!normalized.isEmpty()) {
                b.should(s -> s.match(mt -> mt.field(SearchIndices.NAMES_NORMALIZED).query(normalized).operator(Operator.And)));
            }
            return b.minimumShouldMatch("1");
        }));
    }

    private static Query filter(UserQuery.Filter filter) {
        String value = filter.value();
        String name = FILTER + filter.field().prefix() + ":" + value;
        return switch (filter.field()) {
            case TYPE -> term(SearchIndices.RECORD_TYPE, SearchIndices.typeName(SearchService.recordType(value)), name);
            case COUNTRY -> term(SearchIndices.keyword(SearchIndices.COUNTRY), value, name);
            case STATUS -> anyOf(name, value, SearchIndices.keyword(CaseDocument.STATUS), SearchIndices.keyword(PartyDocument.DESIGNATION_STATUS));
            case AGENCY -> term(SearchIndices.OWNING_AGENCY, value, name);
            case KIND -> anyOf(name, value, SearchIndices.keyword(PartyDocument.KIND), SearchIndices.keyword(DesignationDocument.PARTY_KIND));
            case MEASURE -> term(SearchIndices.keyword(DesignationDocument.MEASURE), value, name);
            case IDENTIFIER -> value.contains(":")
                    ? term(SearchIndices.keyword(SearchIndices.IDENTIFIERS), value.replaceAll("\\s+", ""), name)
                    : Query.of(q -> q.wildcard(w -> w.field(SearchIndices.keyword(SearchIndices.IDENTIFIERS)).value("*:" + escapeWildcard(value))
                            .caseInsensitive(true).queryName(name)));
            // A case, and the evidence of that case.
            case REFERENCE -> anyOf(name, value, SearchIndices.keyword(CaseDocument.REFERENCE), SearchIndices.keyword(EvidenceDocument.CASE_REFERENCE));
            case ROLE -> term(SearchIndices.keyword(PartyDocument.TRADE_ROLES), value, name);
            case TAG -> term(SearchIndices.keyword(CaseDocument.TAGS), value, name);
            case ASSIGNEE -> term(SearchIndices.keyword(CaseDocument.ASSIGNEE), value, name);
            case PRIORITY -> term(SearchIndices.keyword(CaseDocument.PRIORITY), value, name);
            case HS -> Query.of(q -> q.prefix(p -> p.field(SearchIndices.keyword(TradeRecordDocument.HS_CODE)).value(value.replace(".", "").replace(" ", ""))
                    .queryName(name)));
            case TIER -> term(SearchIndices.keyword(TradeRecordDocument.CHP_TIER), value, name);
            case FLAGGED -> term(TradeRecordDocument.FLAGGED, String.valueOf(!value.equalsIgnoreCase("false") && !value.equalsIgnoreCase("no")), name);
        };
    }

    private static Query term(String field, String value, String name) {
        return Query.of(q -> q.term(t -> t.field(field).value(value).caseInsensitive(true).queryName(name)));
    }

    private static Query anyOf(String name, String value, String... fields) {
        return Query.of(q -> q.bool(b -> {
            for (String field : fields) {
                b.should(term(field, value, name));
            }
            return b.minimumShouldMatch("1");
        }));
    }

    private static String escapeWildcard(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }

    private static List<SortOptions> sort(Sort sort) {
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))),
                    SortOptions.of(s -> s.field(f -> f.field(SearchIndices.RECORD_DATE).order(SortOrder.Desc))));
            case NEWEST -> List.of(SortOptions.of(s -> s.field(f -> f.field(SearchIndices.RECORD_DATE).order(SortOrder.Desc))));
            case OLDEST -> List.of(SortOptions.of(s -> s.field(f -> f.field(SearchIndices.RECORD_DATE).order(SortOrder.Asc))));
            case NAME -> List.of(SortOptions.of(s -> s.field(f -> f.field(SearchIndices.SORT_NAME).order(SortOrder.Asc))));
        };
    }

    /** What a hit never returns: the name-matching fields, and for a partner every internal field. */
    private static List<String> excludedFields(Visibility visibility) {
        // An evidence file's whole text never travels with a hit: its snippets do.
        List<String> excluded = new ArrayList<>(List.of(SearchIndices.NAMES_NORMALIZED, SearchIndices.NAME_TOKENS, SearchIndices.NAMES_COMPACT,
                EvidenceDocument.TEXT));
        if (visibility.partnerView()) {
            excluded.addAll(SearchIndices.internalFields());
        }
        return excluded;
    }

    private RecordSearch.Hit hit(co.elastic.clients.elasticsearch.core.search.Hit<Map> hit, NormalizedName wanted, Visibility visibility) {
        Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
        RecordType type = switch (String.valueOf(source.get(SearchIndices.RECORD_TYPE))) {
            case "case" -> RecordType.CASE;
            case "designation" -> RecordType.DESIGNATION;
            case "trade_record" -> RecordType.TRADE_RECORD;
            case "evidence" -> RecordType.EVIDENCE;
            default -> RecordType.PARTY;
        };
        String title = text(source.get(SearchIndices.TITLE));
        String status = switch (type) {
            case CASE -> text(source.get(CaseDocument.STATUS));
            case PARTY -> text(source.get(PartyDocument.DESIGNATION_STATUS));
            case DESIGNATION -> text(source.get(DesignationDocument.MEASURE));
            case TRADE_RECORD -> source.get(TradeRecordDocument.CHP_TIER) == null ? null : "CHP tier " + source.get(TradeRecordDocument.CHP_TIER)
                    + (Boolean.TRUE.equals(source.get(TradeRecordDocument.FLAGGED)) ? ", flagged" : "");
            case EVIDENCE -> evidenceStatus(source);
        };
        if (type == RecordType.CASE) {
            title = source.get(CaseDocument.REFERENCE) + " · " + title;
        } else if (type == RecordType.EVIDENCE) {
            title = source.get(EvidenceDocument.CASE_REFERENCE) + " · " + title;
        }
        Map<String, List<String>> highlights = new LinkedHashMap<>(hit.highlight());
        return new RecordSearch.Hit(type, hit.id(), title, text(source.get(SearchIndices.COUNTRY)), status,
                text(source.get(SearchIndices.OWNING_AGENCY)), text(source.get(SearchIndices.RECORD_DATE)),
                hit.score() == null ? 0 : Math.round(hit.score() * 1000) / 1000.0,
                reasons(hit.matchedQueries(), highlights.keySet(), wanted, source), highlights);
    }

    /** An evidence hit's state: its type, and whether its text is searchable yet. */
    private static String evidenceStatus(Map<String, Object> source) {
        String type = text(source.get(EvidenceDocument.MEDIA_TYPE));
        String status = text(source.get(EvidenceDocument.TEXT_STATUS));
        String language = text(source.get(EvidenceDocument.LANGUAGE));
        String reading = status == null ? null : switch (TextStatus.valueOf(status)) {
            case DONE -> language == null ? "text read" : "text read (" + language + ")";
            case FAILED -> "text could not be read";
            case PENDING, RUNNING -> "text not read yet";
        };
        return reading == null ? type : type + ", " + reading;
    }

    /** A field's name as words: camel case and dots become spaces ("partyNames" reads "party names"). */
    static String inWords(String field) {
        return field.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Why a hit matched, in words: which clauses it met, in which fields, and for names which variant met which. */
    private List<String> reasons(List<String> matched, Set<String> highlighted, NormalizedName wanted, Map<String, Object> source) {
        List<String> reasons = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        highlighted.forEach(field -> labels.add(FIELD_LABELS.getOrDefault(field, inWords(field))));
        String where = labels.isEmpty() ? "" : " in " + String.join(", ", labels);
        Set<String> seen = new LinkedHashSet<>(matched);
        if (seen.contains(WORDS)) {
            reasons.add("every word" + where);
        } else if (seen.contains(WORDS_FUZZY)) {
            reasons.add("every word, allowing for spelling" + where);
        }
        if (seen.contains(NAME)) {
            reasons.add(nameReason(wanted, source));
        }
        for (String name : seen) {
            if (name.startsWith(PHRASE)) {
                reasons.add("the phrase \"" + name.substring(PHRASE.length()) + "\"" + where);
            } else if (name.startsWith(FILTER)) {
                reasons.add(name.substring(FILTER.length()));
            }
        }
        if (reasons.isEmpty() && !wanted.tokens().isEmpty()) {
            // Found by one of the name's other spellings (another script, a romanisation, words run together).
            reasons.add(nameReason(wanted, source));
        } else if (reasons.isEmpty()) {
            reasons.add("every record you may see matches an empty search");
        }
        return reasons;
    }

    private String nameReason(NormalizedName wanted, Map<String, Object> source) {
        List<String> variants = new ArrayList<>();
        if (source.get(SearchIndices.NAMES) instanceof List<?> list) {
            list.forEach(n -> variants.add(String.valueOf(n)));
        } else if (source.get(SearchIndices.TITLE) instanceof String title) {
            variants.add(title);
        }
        NameSimilarity.Score best = null;
        String bestVariant = null;
        for (String variant : variants) {
            NameSimilarity.Score score = NameSimilarity.score(wanted, names.normalize(variant));
            if (best == null || score.value() > best.value()) {
                best = score;
                bestVariant = variant;
            }
        }
        return best == null ? "the name matches across scripts and legal forms"
                : "the name '" + bestVariant + "' matches across scripts and legal forms: " + best.explanation();
    }

    private static Facets facets(SearchResponse<Map> response) {
        Map<String, Aggregate> aggs = response.aggregations();
        return new Facets(terms(aggs.get("types")), terms(aggs.get("countries")),
                terms(aggs.get("caseStatuses").filter().aggregations().get("values")), terms(aggs.get("agencies")),
                aggs.get("months").dateHistogram().buckets().array().stream()
                        .map(b -> new Bucket(b.keyAsString(), b.docCount())).toList(),
                terms(aggs.get("hsChapters")), terms(aggs.get("chpTiers")));
    }

    private static List<Bucket> terms(Aggregate aggregate) {
        List<StringTermsBucket> buckets = aggregate.sterms().buckets().array();
        return buckets.stream().map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList();
    }

    private String openPointInTime() {
        try {
            return connection.client().openPointInTime(o -> o.index(SearchIndices.aliases()).keepAlive(t -> t.time(KEEP_ALIVE)))
                    .id();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Search needs Elasticsearch at " + connection.url() + ": " + e.getMessage(), e);
        }
    }

    private void closePointInTime(String pit) {
        try {
            connection.client().closePointInTime(c -> c.id(pit));
        } catch (IOException | ElasticsearchException e) {
            // It expires on its own after KEEP_ALIVE; nothing is lost.
            ElasticsearchLog.LOG.pointInTimeNotClosed(e.getMessage());
        }
    }

    private static List<Object> values(List<FieldValue> sort) {
        List<Object> values = new ArrayList<>();
        for (FieldValue value : sort) {
            values.add(value.isLong() ? value.longValue() : value.isDouble() ? value.doubleValue()
                    : value.isNull() ? null : value.isBoolean() ? value.booleanValue() : value.stringValue());
        }
        return values;
    }

    private static FieldValue fieldValue(Object value) {
        if (value == null) {
            return FieldValue.NULL;
        }
        if (value instanceof Double || value instanceof Float) {
            return FieldValue.of(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return FieldValue.of(number.longValue());
        }
        if (value instanceof Boolean b) {
            return FieldValue.of(b);
        }
        return FieldValue.of(String.valueOf(value));
    }

    private String encode(Cursor cursor) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(cursor));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cursor decode(String text, Sort sort) {
        Cursor cursor;
        try {
            cursor = json.readValue(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8), Cursor.class);
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidInputException("The cursor is not one this server issued: pass the 'cursor' of the previous page as it was.");
        }
        if (cursor.pit() == null || cursor.after() == null) {
            throw new InvalidInputException("The cursor is not one this server issued: pass the 'cursor' of the previous page as it was.");
        }
        if (!sort.name().equals(cursor.sort())) {
            throw new InvalidInputException("The cursor belongs to a search sorted by " + cursor.sort().toLowerCase(java.util.Locale.ROOT)
                    + ": ask for the next page with the same sort.");
        }
        return cursor;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
