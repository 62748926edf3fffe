package org.interdict.web.ui.audit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.interdict.application.Page;
import org.interdict.application.audit.AuditDetails;
import org.interdict.application.audit.AuditEventView;
import org.interdict.application.audit.AuditQuery;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.audit.AuditService;
import org.interdict.application.audit.ChainReport;
import org.interdict.application.identity.UserDirectory;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auditor's audit trail: the events of their agency found by who acted, what they did, on which record
 * and when (the filters are the page's address, so a search can be bookmarked:
 * {@code /audit.xhtml?record=ICT-2026-000042&from=2026-11-01}), newest first one page at a time, each in
 * words; and the verification of the whole hash chain with its result in words. What may be seen and
 * whether a query makes sense is the {@link AuditService}'s to decide; this page only shows its answers.
 */
@Named("auditTrailPage")
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page of the events table, unless the reader picks another size. */
    public static final int ROWS = 25;

    static final Pattern UUID_TEXT = Pattern.compile("\\b([0-9a-fA-F]{8})-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    static final Pattern INSTANT = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z\\b");
    static final Pattern ISO_DATE = Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?![\\w-])");
    /** A constant as the services record it (HIGH, CLOSED_NO_ACTION), not part of a reference (ICT-2026-…). */
    /** A hash written out in full (SHA-256: 64 hex digits), shown by its first 12 as elsewhere on the page. */
    static final Pattern LONG_HEX = Pattern.compile("\\b([0-9a-f]{12})[0-9a-f]{28,}\\b");
    /** A recorded field's name where a fact begins: "releasability: …; sharedWith: …". */
    static final Pattern FIELD = Pattern.compile("(?<=^|; )[a-z][a-zA-Z0-9]*(?=: )");
    static final Pattern CONSTANT = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9_]{2,}(?![\\w-])");
    private static final int SHORT_HASH = 12;

    @Inject
    AuditService audit;

    @Inject
    UserDirectory directory;

    @Inject
    Formats fmt;

    // Filters, as the address carries them.
    private String actor;
    private String action;
    private String record;
    private LocalDate from;
    private LocalDate to;

    private boolean allowed;
    private List<ActionOption> actions = List.of();
    private final Map<String, String> names = new HashMap<>();
    private final LazyDataModel<EventRow> events = new Events();

    private Verification verification;
    private LastCheck lastCheck;

    /** Reads what the page needs once per view: the actions to choose from and the last chain check. */
    public void load() {
        Optional<List<String>> recorded = Ui.attempt(audit::actions);
        allowed = recorded.isPresent();
        if (!allowed) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            return;
        }
        List<ActionOption> options = new ArrayList<>();
        for (String code : recorded.get()) {
            options.add(new ActionOption(code, actionWords(code)));
        }
        options.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        actions = options;
        loadLastCheck();
    }

    // ---------------------------------------------------------------------------------------------
    // Search: every search loads the page's address with its filters.

    public void search() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("actor", blankToNull(actor));
        parameters.put("action", blankToNull(action));
        parameters.put("record", blankToNull(record));
        parameters.put("from", from == null ? null : from.toString());
        parameters.put("to", to == null ? null : to.toString());
        StringBuilder url = new StringBuilder("/audit.xhtml");
        String separator = "?";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() != null) {
                url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        go(url.toString());
    }

    public void clear() {
        go("/audit.xhtml");
    }

    /** Whether any filter is set (the empty state then says that nothing matched, not that nothing happened). */
    public boolean isFiltered() {
        return blankToNull(actor) != null || blankToNull(action) != null || blankToNull(record) != null || from != null
                || to != null;
    }

    private static void go(String address) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuditQuery query(int offset, int limit) {
        return new AuditQuery(actor, action, null, record, from, to, offset, limit);
    }

    /** The total that matched, in words ("1,234 events, newest first"). */
    public String getTotalText() {
        Events model = (Events) events;
        model.count(Map.of());
        return model.total == null ? "" : text("events.total", model.total, fmt.number(model.total));
    }

    // ---------------------------------------------------------------------------------------------
    // The chain

    /** Recomputes the whole chain (the service records that it did) and says what it found. */
    public void verify() {
        Optional<ChainReport> report = Ui.attempt(audit::verify);
        if (report.isEmpty()) {
            return;
        }
        ChainReport r = report.get();
        if (r.intact()) {
            verification = new Verification(true, text("chain.intact", r.eventsChecked(), fmt.number(r.eventsChecked())), null);
        } else {
            String id = String.valueOf(r.firstBrokenEventId());
            String who = r.firstBrokenActor() == null ? text("chain.someone") : who(r.firstBrokenActor());
            String what = r.problem() != null && r.problem().contains("removed or inserted")
                    ? text("chain.broken.link") : text("chain.broken.content");
            String sentence = r.firstBrokenAt() == null ? text("chain.broken.short", id, what)
                    : text("chain.broken", id, fmt.dateTime(r.firstBrokenAt()), who, what);
            verification = new Verification(false, sentence, r.problem());
        }
        loadLastCheck();
    }

    private void loadLastCheck() {
        lastCheck = Ui.attempt(() -> audit.lastVerification().orElse(null)).map(event -> {
            Boolean intact = null;
            try (var reader = Json.createReader(new StringReader(event.details() == null ? "{}" : event.details()))) {
                JsonObject details = reader.readObject();
                JsonValue value = details.get("intact");
                intact = value == null ? null : value == JsonValue.TRUE;
            } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
                intact = null;
            }
            String outcome = intact == null ? "" : text(intact ? "chain.last.intact" : "chain.last.broken");
            return new LastCheck(event.occurredAt(), text("chain.last", fmt.ago(event.occurredAt()), who(event.actor()), outcome));
        }).orElse(null);
    }

    // ---------------------------------------------------------------------------------------------
    // Events in words

    private EventRow row(AuditEventView e) {
        String type = e.targetType();
        String id = e.targetId();
        return new EventRow(e.id(), e.occurredAt(), e.actor(), displayName(e.actor()), isSystem(e.actor()), e.action(),
                actionWords(e.action()), recordWords(type), id == null ? "" : shortIds(id), href(type, id),
                details(e.details()), e.hash() == null ? "" : e.hash().substring(0, Math.min(SHORT_HASH, e.hash().length())),
                e.hash());
    }

    private static boolean isSystem(String actor) {
        return actor != null && actor.startsWith(AuditRecorder.SYSTEM_ACTOR);
    }

    /** "Alice Analyst", or the background work in words; the username when the directory cannot be asked. */
    private String displayName(String username) {
        if (username == null) {
            return "";
        }
        if (isSystem(username)) {
            return text("actor.system", username.substring(AuditRecorder.SYSTEM_ACTOR.length()));
        }
        return names.computeIfAbsent(username, u -> {
            try {
                return directory.find(u).map(UserDirectory.DirectoryUser::displayName).filter(n -> !n.isBlank()).orElse(u);
            } catch (UserDirectory.UnavailableException e) {
                return u;
            }
        });
    }

    /** "Alice Analyst (alice)". */
    private String who(String username) {
        String name = displayName(username);
        return name.equals(username) || isSystem(username) ? name : text("actor.named", name, username);
    }

    public String actionWords(String code) {
        return bundleText("action." + code).orElseGet(() -> sentence(code));
    }

    private static String recordWords(String type) {
        if (type == null) {
            return "";
        }
        return bundleText("record." + type).orElseGet(() -> sentence(type.replace('-', '_')));
    }

    /** The page of the record, where there is one: a case, a party, an import. */
    private static String href(String type, String id) {
        if (type == null || id == null || id.isBlank()) {
            return null;
        }
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
        switch (type.toLowerCase(Locale.ROOT)) {
            case "case":
                return "/case.xhtml?ref=" + encoded;
            case "party":
                return "/party.xhtml?id=" + encoded;
            case "import":
                return "/import.xhtml?id=" + encoded;
            default:
                return null;
        }
    }

    /**
     * The recorded facts as "field: value; …": internal ids shortened, dates and times as the reader's locale
     * writes them, constants (states, priorities, kinds) in words.
     */
    private String details(String json) {
        return inWords(AuditDetails.readable(json));
    }

    /** The facts as {@link AuditDetails#readable} writes them, made readable for people (see {@link #details}). */
    String inWords(String readable) {
        String text = LONG_HEX.matcher(shortIds(readable)).replaceAll("$1…");
        text = replace(FIELD, text, field -> bundleText("field." + field).orElse(field));
        text = replace(INSTANT, text, iso -> {
            try {
                return fmt.dateTime(Instant.parse(iso));
            } catch (DateTimeParseException e) {
                return iso;
            }
        });
        text = replace(ISO_DATE, text, iso -> {
            try {
                return fmt.date(LocalDate.parse(iso));
            } catch (DateTimeParseException e) {
                return iso;
            }
        });
        return replace(CONSTANT, text, c -> c.indexOf('_') >= 0 || hasLabel(c) ? fmt.label(c) : c);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> words) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean hasLabel(String constant) {
        try {
            return ResourceBundle.getBundle(Texts.SHELL, Texts.locale(), AuditTrailPage.class.getClassLoader())
                    .containsKey("label." + constant);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    static String shortIds(String text) {
        return UUID_TEXT.matcher(text).replaceAll("$1…");
    }

    private static String sentence(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Optional<String> bundleText(String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.AUDIT, Texts.locale(), AuditTrailPage.class.getClassLoader());
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String text(String key, Object... arguments) {
        return Texts.text(Texts.AUDIT, key, arguments);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---------------------------------------------------------------------------------------------
    // View state

    /** An action for the choice list: its code and its words. */
    public record ActionOption(String code, String label) implements Serializable {
    }

    /** One event of the trail, in words. */
    public record EventRow(long id, Instant at, String actor, String actorName, boolean system, String action,
            String actionWords, String recordType, String recordId, String recordHref, String details, String shortHash,
            String hash) implements Serializable {

        /** Whether the name differs from the username (so both are worth showing). */
        public boolean named() {
            return actorName != null && !actorName.equals(actor);
        }
    }

    /** The outcome of a verification in words; {@code problem} as the check put it, when broken. */
    public record Verification(boolean intact, String sentence, String problem) implements Serializable {
    }

    /** When the chain was last checked, and the sentence that says by whom and with what outcome. */
    public record LastCheck(Instant at, String sentence) implements Serializable {
    }

    /**
     * One page of events at a time from the service, which also gives the total. The first page is asked
     * once per search (the service audits a search when its first page is read), then kept for the table.
     */
    private final class Events extends LazyDataModel<EventRow> {

        private static final long serialVersionUID = 1L;

        private Long total;
        private transient Page<EventRow> first;
        /** The service refused this search (its words are shown once): the same query is not asked again. */
        private boolean refused;

        private Optional<Page<EventRow>> fetch(int offset, int limit) {
            if (!allowed || refused) {
                return Optional.empty();
            }
            Optional<Page<EventRow>> page = Ui.attempt(() -> audit.search(query(offset, limit))).map(p -> p.map(AuditTrailPage.this::row));
            page.ifPresentOrElse(p -> total = p.total(), () -> refused = true);
            return page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                first = fetch(0, ROWS).orElse(null);
            }
            return total == null ? 0 : (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<EventRow> load(int offset, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<EventRow> page;
            if (first != null && offset == 0 && first.limit() == pageSize) {
                page = first;
                first = null;
            } else {
                page = fetch(offset, pageSize).orElse(null);
            }
            if (page == null) {
                return List.of();
            }
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(EventRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public EventRow getRowData(String rowKey) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Accessors

    public LazyDataModel<EventRow> getEvents() {
        return events;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<ActionOption> getActions() {
        return actions;
    }

    public Verification getVerification() {
        return verification;
    }

    public LastCheck getLastCheck() {
        return lastCheck;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = blankToNull(actor);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = blankToNull(action);
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = blankToNull(record);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The first day as the address writes it ({@code 2026-11-01}); a date that is none is reported and ignored. */
    public String getFromText() {
        return from == null ? null : from.toString();
    }

    public void setFromText(String text) {
        from = date(text);
    }

    public String getToText() {
        return to == null ? null : to.toString();
    }

    public void setToText(String text) {
        to = date(text);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            Ui.warn(text("filter.badDate", text.strip()));
            return null;
        }
    }

    public int getRows() {
        return ROWS;
    }
}
