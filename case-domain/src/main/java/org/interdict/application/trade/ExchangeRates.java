package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.InvalidInputException;
import org.interdict.application.Page;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Role;
import org.interdict.domain.model.trade.ExchangeRate;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Exchange rates against the US dollar, so that customs values in roubles, tenge, yuan or euros can be
 * compared: reference data of the installation, one rate per currency and month.
 *
 * <p>The US Federal Reserve's monthly averages (FRED, ODC-PDDL-1.0; see {@link FredRates}) come with the
 * product and are loaded at deployment where they are missing; they do not cover the rouble, the tenge
 * or the lira, whose rates administrators upload from a source they name (e.g. the Bank of Russia). An
 * upload replaces the rate of each month it holds, keeping the replaced rates in its audit event; the
 * packaged rates never overwrite a rate already held. Administrators load rates; administrators and the
 * authority's analysts, supervisors and auditors read them (they decide the US dollar values those see);
 * partners neither.
 */
@ApplicationScoped
public class ExchangeRates {

    /** The name under which the packaged FRED table's loading is noted. */
    static final String PACKAGED = "fx_monthly_fred.csv";

    /** Who loaded the packaged rates, as their rows say. */
    static final String PACKAGED_BY = "packaged FRED table";

    private ExchangeRateStore store;
    private AccessPolicy access;
    private AuditRecorder audit;
    private Clock clock;
    private TradeValuesInUsd values;
    private SearchOutbox outbox;

    /** For the CDI container's client proxy. */
    protected ExchangeRates() {
    }

    @Inject
    public ExchangeRates(ExchangeRateStore store, AccessPolicy access, AuditRecorder audit, TradeValuesInUsd values,
            SearchOutbox outbox) {
        this(store, access, audit, Clock.systemUTC());
        this.values = values;
        this.outbox = outbox;
    }

    ExchangeRates(ExchangeRateStore store, AccessPolicy access, AuditRecorder audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Gives the records of these currencies imported before a rate of their month was known their value in USD
     * now, and sends them to search again; how many.
     */
    private int convertWaiting(java.util.Collection<String> currencies) {
        if (values == null) {
            return 0;
        }
        List<java.util.UUID> converted = values.convert(currencies);
        outbox.enqueueAll(RecordType.TRADE_RECORD, converted.stream().map(java.util.UUID::toString).toList());
        return converted.size();
    }

    /**
     * An upload as stored.
     *
     * @param sources    the sources its rates name
     * @param currencies the currencies it holds, by code
     * @param first      its earliest month
     * @param last       its latest month
     * @param count      how many rates it held
     * @param replaced   how many of them replaced a rate held before (the others were new)
     */
    /** What an upload stored: its sources, currencies, months, how many rates (and replaced), and records converted by them. */
    public record Loaded(List<String> sources, List<String> currencies, YearMonth first, YearMonth last, int count, int replaced,
            int recordsConverted) {
    }

    /**
     * Every rate held now, for converting many values at once (an import reads it once). Anyone who
     * converts may read it: the rates are public figures, not case content.
     */
    @Transactional
    public RateTable table() {
        return RateTable.of(store.all());
    }

    /**
     * Stores the rates of an uploaded CSV file (columns currency, month, units_per_usd and optionally
     * source; see {@link ExchangeRateFile}), all or nothing; administrators only. Each replaces the rate
     * held for its currency and month; one audit event names the sources, currencies, months and counts
     * and keeps every replaced rate.
     *
     * @param source the source of lines that name none, e.g. "Bank of Russia"; may be null when every line names one
     * @throws org.interdict.application.InvalidLinesException when any line is bad, naming each; nothing is stored
     */
    @Transactional
    public Loaded upload(InputStream csv, String source) {
        requireAdmin();
        if (csv == null) {
            throw new InvalidInputException("No file was sent: send the rates as CSV with the columns currency, month, "
                    + "units_per_usd and optionally source.");
        }
        List<ExchangeRate> rates = ExchangeRateFile.read(csv, source, YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        List<ExchangeRateStore.HeldRate> replaced = store.held(rates);
        store.put(rates, access.caller().username(), clock.instant());

        TreeSet<String> currencies = new TreeSet<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        List<String> sources = new ArrayList<>();
        for (ExchangeRate rate : rates) {
            currencies.add(rate.currency());
            months.add(rate.month());
            if (!sources.contains(rate.source())) {
                sources.add(rate.source());
            }
        }
        Loaded loaded = new Loaded(List.copyOf(sources), List.copyOf(currencies), months.first(), months.last(), rates.size(),
                replaced.size(), convertWaiting(currencies));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sources", loaded.sources());
        facts.put("currencies", loaded.currencies());
        facts.put("months", months.stream().map(YearMonth::toString).toList());
        facts.put("count", loaded.count());
        facts.put("replacedCount", loaded.replaced());
        facts.put("replaced", replaced.stream().map(ExchangeRates::described).toList());
        facts.put("recordsConverted", loaded.recordsConverted());
        audit.event("EXCHANGE_RATES_LOADED", "exchange-rates", targetId(loaded.currencies()), facts);
        return loaded;
    }

    /** One currency's rates, the newest month first; administrators and the authority's readers. */
    @Transactional
    public Page<ExchangeRateStore.HeldRate> list(String currency, int offset, int limit) {
        requireReader();
        Page.checkWindow(offset, limit, Page.MAX_LIMIT);
        if (currency == null || currency.isBlank()) {
            throw new InvalidInputException("Name the currency whose rates to list, e.g. currency=RUB.");
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new InvalidInputException("A currency is a three-letter ISO 4217 code such as RUB; "
                    + TradeText.quote(currency.strip()) + " is not.");
        }
        return store.list(code, offset, limit);
    }

    /** The currencies held, by code, each with its first and last month and its sources; administrators and the authority's readers. */
    @Transactional
    public List<ExchangeRateStore.CurrencyRates> currencies() {
        requireReader();
        return store.currencies();
    }

    /**
     * Loads the packaged FRED rates where they are missing, at deployment: once per version of the file
     * (one lookup on a database that has it), never over a rate already held, so that an administrator's
     * upload stands; then gives the records still waiting for a rate (imported before one of their month was
     * held) their value in USD where the rates now allow. No caller is needed: it is the system's own work.
     *
     * @return how many rates were new (0 when this version was loaded before)
     */
    @Transactional
    public int loadPackaged() {
        String sha256 = FredRates.sha256();
        int added = 0;
        if (!store.packagedLoaded(PACKAGED, sha256)) {
            List<ExchangeRate> rates = FredRates.all();
            added = store.addMissing(rates, PACKAGED_BY, clock.instant());
            store.packagedLoaded(PACKAGED, sha256, rates.size(), clock.instant());
            TradeLog.LOG.packagedRatesLoaded(added, rates.size(), sha256);
        }
        if (values != null) {
            convertWaiting(store.currencies().stream().map(ExchangeRateStore.CurrencyRates::currency).toList());
        }
        return added;
    }

    private void requireAdmin() {
        if (!access.caller().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators load exchange rates.");
        }
    }

    private void requireReader() {
        if (!access.caller().hasRole(Role.ADMIN) && !access.canRead(access.caller().agency())) {
            throw new AccessDeniedException("Only administrators and the agency's analysts, supervisors and auditors read the "
                    + "exchange rates.");
        }
    }

    /** A replaced rate as the audit keeps it: "RUB 2024-03: 91.83 per USD from Bank of Russia, loaded by fiona at …". */
    static String described(ExchangeRateStore.HeldRate held) {
        return held.currency() + " " + held.month() + ": " + held.unitsPerUsd().toPlainString() + " per USD from " + held.source()
                + ", loaded by " + held.loadedBy() + " at " + held.loadedAt();
    }

    /** The audit event's target: the currencies, as many as fit its 100 characters. */
    static String targetId(List<String> currencies) {
        String all = String.join(",", currencies);
        return all.length() <= 100 ? all : all.substring(0, 96) + ",…";
    }
}
