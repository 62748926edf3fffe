package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.CsvWriter;
import org.interdict.application.Enums;
import org.interdict.application.Inputs;
import org.interdict.application.InvalidInputException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Visibility;
import org.interdict.domain.model.casefile.CaseStatus;
import org.interdict.domain.model.casefile.Measure;
import org.interdict.domain.model.casefile.Priority;
import org.interdict.domain.model.party.DesignationStatus;
import org.interdict.domain.model.party.PartyKind;
import org.interdict.domain.model.party.TradeRole;
import org.interdict.domain.model.trade.ChpTier;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One-box search across parties, cases and designations. The caller's visibility comes from the
 * access policy and goes to the engine as a filter, so that hits, totals, facets and exports show
 * the same records the rest of the API would.
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_PAGE = 200;
    static final int EXPORT_PAGE = 1000;
    static final List<String> CSV_HEADER = List.of("record_type", "id", "title", "country", "status", "agency", "date",
            "score", "reasons");

    private RecordSearch search;
    private AccessPolicy access;
    private AuditRecorder audit;
    private CursorSeal seal;

    /** For the CDI container's client proxy. */
    protected SearchService() {
    }

    @Inject
    public SearchService(RecordSearch search, AccessPolicy access, AuditRecorder audit, CursorSeal seal) {
        this.search = search;
        this.access = access;
        this.audit = audit;
        this.seal = seal;
    }

    public RecordSearch.Page search(String text, LocalDate from, LocalDate to, String sort, Integer size, String cursor) {
        if (size != null && (size < 1 || size > MAX_PAGE)) {
            throw new InvalidInputException("size is between 1 and " + MAX_PAGE + ".");
        }
        Visibility visibility = visibility();
        // The cursor is bound to the caller and what they may see: another user's cursor never reaches the engine.
        // ... and to the search it belongs to: another search's cursor would page from the wrong place.
        String owner = username() + "@" + visibility + "|" + text + "|" + from + "|" + to + "|" + sort;
        RecordSearch.Page page = search.search(request(text, visibility, from, to, sort, size == null ? 20 : size,
                seal.open(cursor, owner)), visibility);
        return new RecordSearch.Page(page.total(), page.hits(), page.facets(), seal.seal(page.cursor(), owner));
    }

    /** An export checked and ready to stream: its errors surface before the first byte is sent. */
    public record Export(RecordSearch.Request request, Visibility visibility) {
    }

    public Export export(String text, LocalDate from, LocalDate to, String sort) {
        Visibility visibility = visibility();
        return new Export(request(text, visibility, from, to, sort, EXPORT_PAGE, null), visibility);
    }

    /** Streams every hit as CSV, page after page; the export is audited with its query and count. */
    @Transactional
    public void exportCsv(Export export, Writer out) {
        RecordSearch.Request request = export.request();
        Visibility visibility = export.visibility();
        CsvWriter csv = new CsvWriter(out, CSV_HEADER);
        search.export(request, visibility, hit -> csv.row(List.of(hit.type().name().toLowerCase(Locale.ROOT), hit.id(),
                hit.title(), nullToEmpty(hit.country()), nullToEmpty(hit.status()), nullToEmpty(hit.agency()),
                nullToEmpty(hit.date()), String.valueOf(hit.score()), String.join("; ", hit.reasons()))));
        csv.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("query", request.query().text());
        details.put("count", csv.rows());
        audit.event("SEARCH_EXPORTED", "search", null, details);
    }

    /** Of these record ids, the ones the caller may see now (sharing may have been withdrawn since they were named). */
    public java.util.Set<String> visibleNow(java.util.Collection<String> ids) {
        return search.visible(ids, visibility());
    }

    /** The caller's visibility; callers without any role find nothing and are told so. */
    public Visibility visibility() {
        return Visibility.of(access);
    }

    /** The caller's user name, which owns their saved searches and notifications. */
    public String username() {
        return access.caller().username();
    }

    static RecordSearch.Request request(String text, Visibility visibility, LocalDate from, LocalDate to, String sort,
            int size, String cursor) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from (" + from + ") is after to (" + to + ").");
        }
        UserQuery query = UserQuery.parse(text, visibility.partnerView());
        query.filters().forEach(SearchService::checkFilter);
        return new RecordSearch.Request(query, from, to, sort(sort), size, cursor == null || cursor.isBlank() ? null : cursor);
    }

    /** The record type a {@code type:} filter names: party, case, designation, trade or evidence (plurals and synonyms too). */
    public static RecordType recordType(String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        for (RecordType type : RecordType.values()) {
            String name = type.name().toLowerCase(Locale.ROOT);
            if (wanted.equals(name) || wanted.equals(name + "s") || wanted.equals("parties") && type == RecordType.PARTY
                    || type == RecordType.TRADE_RECORD && (wanted.equals("trade") || wanted.equals("shipment") || wanted.equals("shipments"))
                    || type == RecordType.EVIDENCE && (wanted.equals("file") || wanted.equals("files") || wanted.equals("document")
                            || wanted.equals("documents"))) {
                return type;
            }
        }
        throw new InvalidInputException("type:" + value + " names no kind of record: use type:party, type:case, type:designation, type:trade or type:evidence.");
    }

    /**
     * A filter whose value names nothing that exists is refused, so that {@code status:bogus} is told
     * apart from a search that found nothing.
     */
    private static void checkFilter(UserQuery.Filter filter) {
        String value = filter.value();
        String prefix = filter.field().prefix() + ":";
        switch (filter.field()) {
            case TYPE -> recordType(value);
            case STATUS -> {
                if (!names(CaseStatus.class).contains(enumName(value)) && !names(DesignationStatus.class).contains(enumName(value))) {
                    throw new InvalidInputException(prefix + Inputs.excerpt(value) + " names no status: a case is "
                            + String.join(", ", names(CaseStatus.class)) + "; a party is " + String.join(", ", names(DesignationStatus.class)) + ".");
                }
            }
            case KIND -> Enums.parse(PartyKind.class, prefix, value);
            case MEASURE -> Enums.parse(Measure.class, prefix, value);
            case ROLE -> Enums.parse(TradeRole.class, prefix, value);
            case PRIORITY -> Enums.parse(Priority.class, prefix, value);
            case COUNTRY -> Inputs.country(value, prefix);
            case TIER -> {
                if (Arrays.stream(ChpTier.values()).noneMatch(t -> t.label().equalsIgnoreCase(value))) {
                    throw new InvalidInputException(prefix + Inputs.excerpt(value) + " names no CHP tier: use "
                            + Arrays.stream(ChpTier.values()).map(ChpTier::label).collect(Collectors.joining(", ")) + ".");
                }
            }
            case FLAGGED -> {
                if (!List.of("true", "false", "yes", "no").contains(value.toLowerCase(Locale.ROOT))) {
                    throw new InvalidInputException(prefix + Inputs.excerpt(value) + " is neither true nor false.");
                }
            }
            case HS -> {
                if (!value.matches("[0-9][0-9. ]{0,13}")) {
                    throw new InvalidInputException(prefix + Inputs.excerpt(value) + " is no HS code: write its digits, e.g. hs:8542 or hs:8525.89.");
                }
            }
            default -> { }
        }
    }

    private static String enumName(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static RecordSearch.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return RecordSearch.Sort.RELEVANCE;
        }
        try {
            return RecordSearch.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort is one of relevance, newest, oldest, name; not '" + sort + "'.");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
