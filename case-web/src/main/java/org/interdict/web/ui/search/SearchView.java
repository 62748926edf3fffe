package org.interdict.web.ui.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.RecordNotFoundException;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.projection.RecordType;
import org.interdict.application.search.RecordSearch;
import org.interdict.application.search.SavedSearchService;
import org.interdict.application.search.SearchCursorExpiredException;
import org.interdict.application.search.SearchService;
import org.interdict.application.search.UserQuery;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.trade.TradeRecordService;
import org.interdict.application.trade.TradeRecordView;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The search page: one query (the box's text, optional dates and order), its hits page after page by
 * the service's cursor (never by offset), the facets of the first page as links that narrow the
 * search, the active filters as removable chips, the CSV export of the whole result and "save this
 * search". Everything shown is computed once per page of hits, here, not in render expressions.
 */
@Named("searchView")
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;
    private static final int SNIPPETS = 3;
    private static final String TITLE_SEPARATOR = " · ";
    private static final List<String> SORTS = List.of("relevance", "newest", "oldest", "name");

    @Inject
    SearchService search;

    @Inject
    SavedSearchService savedSearches;

    @Inject
    TradeRecordService tradeRecords;

    @Inject
    DesignationService designations;

    @Inject
    Formats fmt;

    private String q;
    private String from;
    private String to;
    private String sort;

    private LocalDate fromDate;
    private LocalDate toDate;
    private boolean searched;
    private boolean failed;
    private long total;
    private String cursor;
    private String expired;
    private final List<HitRow> hits = new ArrayList<>();
    private List<FacetGroup> facets = List.of();
    private List<Chip> chips = List.of();
    private String savedName;
    private String savedConfirmation;

    /** Runs the search named by the address; an empty one shows the start page. */
    public void load() {
        if (blank(q) && blank(from) && blank(to)) {
            return;
        }
        Optional<LocalDate> start = date(from, "error.from");
        Optional<LocalDate> end = date(to, "error.to");
        if (start == null || end == null) {
            failed = true;
            return;
        }
        fromDate = start.orElse(null);
        toDate = end.orElse(null);
        UserQuery query = parsed();
        chips = chips(query);
        Optional<RecordSearch.Page> page = Ui.attempt(() -> search.search(q, fromDate, toDate, sort, PAGE, null));
        if (page.isEmpty()) {
            failed = true;
            return;
        }
        searched = true;
        total = page.get().total();
        cursor = page.get().cursor();
        facets = facets(page.get().facets(), query);
        append(page.get());
    }

    /** The next page of hits, appended; an expired cursor is told in words with a way to start again. */
    public void more() {
        if (cursor == null) {
            return;
        }
        String after = cursor;
        Optional<RecordSearch.Page> page = Ui.attempt(() -> {
            try {
                return search.search(q, fromDate, toDate, sort, PAGE, after);
            } catch (SearchCursorExpiredException e) {
                expired = e.getMessage();
                cursor = null;
                return null;
            }
        });
        page.ifPresent(p -> {
            cursor = p.cursor();
            append(p);
        });
    }

    /** Saves the box's text under the name given in the dialog. */
    public void saveSearch() {
        String name = savedName;
        Ui.attempt(() -> savedSearches.save(name, q)).ifPresent(created -> {
            savedConfirmation = Texts.text(Texts.SEARCH, "save.done", created.name());
            savedName = null;
            PrimeFaces.current().executeScript("PF('saveDialog').hide()");
        });
    }

    private void append(RecordSearch.Page page) {
        for (RecordSearch.Hit hit : page.hits()) {
            hits.add(row(hit));
        }
    }

    private UserQuery parsed() {
        boolean partner;
        try {
            partner = search.visibility().partnerView();
        } catch (AccessDeniedException e) {
            partner = true;
        }
        try {
            return UserQuery.parse(q, partner);
        } catch (RuntimeException e) {
            // The service says why the text cannot be searched; the chips are simply left out.
            return UserQuery.parse(null, partner);
        }
    }

    // ---------------------------------------------------------------- hits

    private HitRow row(RecordSearch.Hit hit) {
        RecordType type = hit.type();
        String kind = kind(type);
        String title = hit.title();
        String reference = null;
        String link = null;
        String caseLink = null;
        List<HitRow.Fact> facts = new ArrayList<>();
        List<HitRow.PartyRef> parties = new ArrayList<>();
        String statusLabel = Texts.text(Texts.SEARCH, "fact.status." + kind);
        switch (type) {
            case PARTY -> {
                link = partyLink(hit.id());
                addFact(facts, statusLabel, fmt.label(hit.status()), null);
            }
            case CASE -> {
                reference = hit.id();
                title = afterPrefix(title, reference);
                link = caseLink(reference);
                addFact(facts, statusLabel, fmt.label(hit.status()), hit.status() == null ? null : "status status-" + hit.status());
            }
            case DESIGNATION -> {
                link = designationLink(hit.id());
                addFact(facts, statusLabel, fmt.label(hit.status()), null);
            }
            case EVIDENCE -> {
                int cut = title == null ? -1 : title.indexOf(TITLE_SEPARATOR);
                if (cut > 0) {
                    reference = title.substring(0, cut);
                    title = title.substring(cut + TITLE_SEPARATOR.length());
                    caseLink = caseLink(reference);
                    link = caseLink;
                }
                addFact(facts, statusLabel, hit.status(), null);
            }
            case TRADE_RECORD -> {
                TradeRecordView trade = tradeRecord(hit.id());
                addFact(facts, statusLabel, hit.status(), trade != null && trade.flagged() ? "flag" : null);
                if (trade != null) {
                    String value = trade.value() == null ? null : fmt.money(trade.value(), trade.currency());
                    if (value != null && trade.currency() != null && !"USD".equalsIgnoreCase(trade.currency())) {
                        value = trade.valueUsd() != null ? value + " (" + fmt.money(trade.valueUsd(), "USD") + ")"
                                : value + " · " + Texts.text(Texts.SEARCH, "fact.value.noRate");
                    }
                    addFact(facts, Texts.text(Texts.SEARCH, "fact.value"), value, null);
                    addFact(facts, Texts.text(Texts.SEARCH, "fact.goods"), goods(trade), null);
                    addFact(facts, Texts.text(Texts.SEARCH, "fact.declaration"),
                            trade.declarationNumber() == null ? Texts.text(Texts.SEARCH, "fact.declaration.none")
                                    : trade.lineNumber() == null ? trade.declarationNumber()
                                    : Texts.text(Texts.SEARCH, "fact.declaration.line", trade.declarationNumber(), trade.lineNumber()), "mono");
                    parties.add(new HitRow.PartyRef(Texts.text(Texts.SEARCH, "trade.exporter"), trade.exporterName(),
                            trade.exporterParty() == null ? null : partyLink(trade.exporterParty().toString())));
                    parties.add(new HitRow.PartyRef(Texts.text(Texts.SEARCH, "trade.consignee"), trade.consigneeName(),
                            trade.consigneeParty() == null ? null : partyLink(trade.consigneeParty().toString())));
                }
            }
            default -> { }
        }
        addFact(facts, Texts.text(Texts.SEARCH, "fact.country"), hit.country(), null);
        addFact(facts, Texts.text(Texts.SEARCH, "fact.date." + kind), blank(hit.date()) ? null : safeDate(hit.date()), null);
        addFact(facts, Texts.text(Texts.SEARCH, "fact.agency"), hit.agency(), null);
        return new HitRow(kind, Texts.text(Texts.SEARCH, "type." + kind), icon(type), reference,
                blank(title) ? Texts.text(Texts.SEARCH, "hit.untitled") : title, link, caseLink, snippets(hit),
                hit.reasons() == null ? List.of() : List.copyOf(hit.reasons()), facts, parties);
    }

    private String safeDate(String date) {
        try {
            return fmt.date(date);
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    private static void addFact(List<HitRow.Fact> facts, String label, String value, String styleClass) {
        if (!blank(value)) {
            facts.add(new HitRow.Fact(label, value, styleClass));
        }
    }

    private static String goods(TradeRecordView trade) {
        String hs = trade.hsCode() == null ? "" : trade.hsCode();
        String description = trade.goodsDescription() == null ? "" : trade.goodsDescription();
        if (description.length() > 140) {
            description = description.substring(0, 139) + "…";
        }
        return (hs + (hs.isEmpty() || description.isEmpty() ? "" : " — ") + description).strip();
    }

    private List<HitRow.Snippet> snippets(RecordSearch.Hit hit) {
        List<HitRow.Snippet> snippets = new ArrayList<>();
        if (hit.highlights() == null) {
            return snippets;
        }
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : hit.highlights().entrySet()) {
            // The title is shown already; the primary name is the party's title.
            if (field.getKey().equals("title") || field.getKey().equals("primaryName")) {
                continue;
            }
            for (String fragment : field.getValue()) {
                String html = Snippets.safe(fragment);
                if (snippets.size() < SNIPPETS && !seen.contains(html)) {
                    seen.add(html);
                    snippets.add(new HitRow.Snippet(fieldLabel(field.getKey()), html));
                }
            }
        }
        return snippets;
    }

    private static String fieldLabel(String field) {
        String key = "field." + field;
        String label = Texts.text(Texts.SEARCH, key);
        return label.equals(key) ? field : label;
    }

    private TradeRecordView tradeRecord(String id) {
        try {
            return tradeRecords.get(UUID.fromString(id));
        } catch (RecordNotFoundException | AccessDeniedException | IllegalArgumentException e) {
            // Indexed but no longer readable (or not yet in the database): the hit shows what the index knows.
            return null;
        }
    }

    private String designationLink(String id) {
        try {
            UUID party = designations.get(UUID.fromString(id)).partyId();
            return party == null ? null : partyLink(party.toString());
        } catch (RecordNotFoundException | AccessDeniedException | IllegalArgumentException e) {
            return null;
        }
    }

    static String partyLink(String id) {
        return SearchLinks.page("/party.xhtml", Map.of("id", id));
    }

    static String caseLink(String reference) {
        return SearchLinks.page("/case.xhtml", Map.of("ref", reference));
    }

    private static String afterPrefix(String title, String reference) {
        if (title != null && reference != null && title.startsWith(reference + TITLE_SEPARATOR)) {
            return title.substring(reference.length() + TITLE_SEPARATOR.length());
        }
        return title;
    }

    static String kind(RecordType type) {
        switch (type) {
            case TRADE_RECORD:
                return "trade";
            default:
                return type.name().toLowerCase(Locale.ROOT);
        }
    }

    private static String icon(RecordType type) {
        switch (type) {
            case PARTY:
                return "pi pi-building";
            case CASE:
                return "pi pi-folder";
            case DESIGNATION:
                return "pi pi-ban";
            case TRADE_RECORD:
                return "pi pi-box";
            case EVIDENCE:
                return "pi pi-file";
            default:
                return "pi pi-circle";
        }
    }

    // ---------------------------------------------------------------- facets and chips

    private List<FacetGroup> facets(RecordSearch.Facets found, UserQuery query) {
        List<FacetGroup> groups = new ArrayList<>();
        if (found == null) {
            return groups;
        }
        group(groups, "types", query, UserQuery.Field.TYPE, found.types(), v -> Texts.text(Texts.SEARCH, "type." + facetKind(v)));
        if (found.types() != null && found.types().stream().anyMatch(b -> "trade_record".equals(b.value()))
                && !SearchLinks.has(query, UserQuery.Field.FLAGGED, "true")) {
            groups.add(new FacetGroup("risk", Texts.text(Texts.SEARCH, "facet.risk"), List.of(new FacetGroup.Value(
                    Texts.text(Texts.SEARCH, "facet.flagged"), -1,
                    link(SearchLinks.with(q, UserQuery.Field.FLAGGED, "true"), from, to), false))));
        }
        group(groups, "countries", query, UserQuery.Field.COUNTRY, found.countries(), v -> v);
        group(groups, "statuses", query, UserQuery.Field.STATUS, found.caseStatuses(), fmt::label);
        group(groups, "tiers", query, UserQuery.Field.TIER, found.chpTiers(), v -> Texts.text(Texts.SEARCH, "facet.tier.value", v));
        group(groups, "chapters", query, UserQuery.Field.HS, found.hsChapters(), v -> Texts.text(Texts.SEARCH, "facet.chapter.value", v));
        group(groups, "agencies", query, UserQuery.Field.AGENCY, found.agencies(), v -> v);
        if (found.months() != null && !found.months().isEmpty()) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Texts.locale());
            List<FacetGroup.Value> values = new ArrayList<>();
            // Newest month first: that is where analysts look.
            for (int i = found.months().size() - 1; i >= 0; i--) {
                RecordSearch.Bucket bucket = found.months().get(i);
                try {
                    YearMonth ym = YearMonth.parse(bucket.value());
                    String first = ym.atDay(1).toString();
                    String last = ym.atEndOfMonth().toString();
                    boolean active = first.equals(from) && last.equals(to);
                    values.add(new FacetGroup.Value(month.format(ym), bucket.count(),
                            active ? link(q, null, null) : link(q, first, last), active));
                } catch (DateTimeParseException e) {
                    // A bucket the engine named otherwise is left out rather than linked wrongly.
                }
            }
            groups.add(new FacetGroup("months", Texts.text(Texts.SEARCH, "facet.months"), values));
        }
        groups.removeIf(g -> g.values().isEmpty());
        return groups;
    }

    private static String facetKind(String value) {
        return "trade_record".equals(value) ? "trade" : value;
    }

    private void group(List<FacetGroup> groups, String id, UserQuery query, UserQuery.Field field,
            List<RecordSearch.Bucket> buckets, Function<String, String> label) {
        if (buckets == null || buckets.isEmpty()) {
            return;
        }
        List<FacetGroup.Value> values = new ArrayList<>();
        for (RecordSearch.Bucket bucket : buckets) {
            Optional<UserQuery.Filter> applied = SearchLinks.find(query, field, bucket.value());
            boolean active = applied.isPresent();
            String text = active ? SearchLinks.without(query, applied.get()) : SearchLinks.with(q, field, bucket.value());
            values.add(new FacetGroup.Value(label.apply(bucket.value()), bucket.count(), link(text, from, to), active));
        }
        groups.add(new FacetGroup(id, Texts.text(Texts.SEARCH, "facet." + id), values));
    }

    private List<Chip> chips(UserQuery query) {
        List<Chip> found = new ArrayList<>();
        for (UserQuery.Filter filter : query.filters()) {
            String field = Texts.text(Texts.SEARCH, "filter." + filter.field().prefix());
            String value = filter.field() == UserQuery.Field.TYPE ? Texts.text(Texts.SEARCH, "type." + chipKind(filter.value()))
                    : filter.field() == UserQuery.Field.STATUS ? fmt.label(filter.value().toUpperCase(Locale.ROOT)) : filter.value();
            String label = Texts.text(Texts.SEARCH, filter.excluded() ? "chip.excluded" : "chip", field, value);
            found.add(new Chip(label, link(SearchLinks.without(query, filter), from, to)));
        }
        if (fromDate != null || toDate != null) {
            String label = fromDate != null && toDate != null ? Texts.text(Texts.SEARCH, "chip.between", fmt.date(fromDate), fmt.date(toDate))
                    : fromDate != null ? Texts.text(Texts.SEARCH, "chip.from", fmt.date(fromDate))
                    : Texts.text(Texts.SEARCH, "chip.to", fmt.date(toDate));
            found.add(new Chip(label, link(q, null, null)));
        }
        return found;
    }

    private static String chipKind(String value) {
        try {
            return kind(SearchService.recordType(value));
        } catch (RuntimeException e) {
            return value;
        }
    }

    private String link(String text, String start, String end) {
        return SearchLinks.search(text, start, end, sort);
    }

    // ---------------------------------------------------------------- what the page reads

    /** The sort orders the service offers, as links; the current one is marked. */
    public List<FacetGroup.Value> getSorts() {
        String current = blank(sort) ? SORTS.get(0) : sort.strip().toLowerCase(Locale.ROOT);
        List<FacetGroup.Value> sorts = new ArrayList<>();
        for (String s : SORTS) {
            sorts.add(new FacetGroup.Value(Texts.text(Texts.SEARCH, "sort." + s), -1,
                    SearchLinks.search(q, from, to, s.equals(SORTS.get(0)) ? null : s), s.equals(current)));
        }
        return sorts;
    }

    /** The export of every hit of the same search, streamed by {@link SearchExportServlet}. */
    public String getExportLink() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("sort", sort);
        return SearchLinks.page(SearchExportServlet.PATH, parameters);
    }

    /** The same search from its first page. */
    public String getAgainLink() {
        return SearchLinks.search(q, from, to, sort);
    }

    public String getTotalText() {
        return Texts.text(Texts.SEARCH, "results.total", total, fmt.number(total));
    }

    public String getShownText() {
        return Texts.text(Texts.SEARCH, "results.shown", fmt.number(hits.size()), fmt.number(total));
    }

    /** An example query for the start page, as a link. */
    public String example(String text) {
        return SearchLinks.search(text, null, null, null);
    }

    public boolean isStart() {
        return !searched && !failed;
    }

    public boolean isSearched() {
        return searched;
    }

    public boolean isMore() {
        return cursor != null;
    }

    public List<HitRow> getHits() {
        return hits;
    }

    public List<FacetGroup> getFacets() {
        return facets;
    }

    public List<Chip> getChips() {
        return chips;
    }

    public long getTotal() {
        return total;
    }

    public String getExpired() {
        return expired;
    }

    public String getSavedConfirmation() {
        return savedConfirmation;
    }

    /** Dates and order are not part of a saved search: the page says so when they are set. */
    public boolean isSavedWithoutDates() {
        return !blank(from) || !blank(to);
    }

    public boolean isSavable() {
        return !blank(q);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getSavedName() {
        return savedName;
    }

    public void setSavedName(String savedName) {
        this.savedName = savedName;
    }

    /** The date, empty, or null after telling the user in words that it is no date. */
    private static Optional<LocalDate> date(String value, String errorKey) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            Ui.error(Texts.text(Texts.SEARCH, errorKey, value));
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
