package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.interdict.application.Page;
import org.interdict.application.trade.ExchangeRateStore;
import org.interdict.domain.model.trade.ExchangeRate;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The exchange rates in PostgreSQL, one row per currency and month (its first day). Rates are written
 * in one statement over arrays, whether an upload's or the packaged table's seventeen thousand:
 * {@code on conflict do update} replaces a month's rate, {@code do nothing} keeps it.
 */
@ApplicationScoped
@Transactional
public class JpaExchangeRateStore implements ExchangeRateStore {

    private static final String COLUMNS = "currency, month, units_per_usd, source, loaded_by, loaded_at";

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<ExchangeRate> all() {
        List<Object[]> rows = em.createNativeQuery("select currency, month, units_per_usd, source from exchange_rate")
                .getResultList();
        List<ExchangeRate> rates = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            rates.add(new ExchangeRate(String.valueOf(r[0]).strip(), month(r[1]), (BigDecimal) r[2], (String) r[3]));
        }
        return rates;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<HeldRate> list(String currency, int offset, int limit) {
        long total = ((Number) em.createNativeQuery("select count(*) from exchange_rate where currency = ?1")
                .setParameter(1, currency).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from exchange_rate where currency = ?1 "
                + "order by month desc offset ?2 limit ?3").setParameter(1, currency).setParameter(2, offset)
                .setParameter(3, limit).getResultList();
        return new Page<>(rows.stream().map(JpaExchangeRateStore::held).toList(), total, offset, limit);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CurrencyRates> currencies() {
        // The sources of each currency, the one of its latest month first.
        List<Object[]> rows = em.createNativeQuery("select currency, min(month), max(month), count(*), "
                + "array_to_string(array(select s.source from exchange_rate s where s.currency = r.currency "
                + "group by s.source order by max(s.month) desc), chr(31)) "
                + "from exchange_rate r group by currency order by currency").getResultList();
        return rows.stream().map(r -> new CurrencyRates(String.valueOf(r[0]).strip(), month(r[1]), month(r[2]),
                ((Number) r[3]).longValue(), Arrays.asList(((String) r[4]).split("\u001F")))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<HeldRate> held(Collection<ExchangeRate> rates) {
        if (rates.isEmpty()) {
            return List.of();
        }
        String[] currencies = rates.stream().map(ExchangeRate::currency).toArray(String[]::new);
        String[] months = rates.stream().map(r -> r.month().atDay(1).toString()).toArray(String[]::new);
        List<Object[]> rows = em.createNativeQuery("select " + prefixed("e") + " from exchange_rate e "
                + "join unnest(cast(?1 as varchar[]), cast(?2 as varchar[])) as k(currency, month) "
                + "on e.currency = k.currency and e.month = cast(k.month as date) order by e.currency, e.month")
                .setParameter(1, currencies).setParameter(2, months).getResultList();
        return rows.stream().map(JpaExchangeRateStore::held).toList();
    }

    @Override
    public void put(Collection<ExchangeRate> rates, String loadedBy, Instant at) {
        if (!rates.isEmpty()) {
            insert(rates, loadedBy, at, "on conflict (currency, month) do update set units_per_usd = excluded.units_per_usd, "
                    + "source = excluded.source, loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at").executeUpdate();
        }
    }

    @Override
    public int addMissing(Collection<ExchangeRate> rates, String loadedBy, Instant at) {
        return rates.isEmpty() ? 0 : insert(rates, loadedBy, at, "on conflict (currency, month) do nothing").executeUpdate();
    }

    @Override
    public boolean packagedLoaded(String name, String sha256) {
        return !em.createNativeQuery("select 1 from reference_data_load where name = ?1 and sha256 = ?2")
                .setParameter(1, name).setParameter(2, sha256).getResultList().isEmpty();
    }

    @Override
    public void packagedLoaded(String name, String sha256, int rows, Instant at) {
        em.createNativeQuery("insert into reference_data_load (name, sha256, rows_loaded, loaded_at) values (?1, ?2, ?3, ?4) "
                + "on conflict (name) do update set sha256 = excluded.sha256, rows_loaded = excluded.rows_loaded, "
                + "loaded_at = excluded.loaded_at").setParameter(1, name).setParameter(2, sha256).setParameter(3, rows)
                .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
    }

    private Query insert(Collection<ExchangeRate> rates, String loadedBy, Instant at, String onConflict) {
        int n = rates.size();
        String[] currencies = new String[n];
        String[] months = new String[n];
        String[] values = new String[n];
        String[] sources = new String[n];
        int i = 0;
        for (ExchangeRate rate : rates) {
            currencies[i] = rate.currency();
            months[i] = rate.month().atDay(1).toString();
            values[i] = rate.unitsPerUsd().toPlainString();
            sources[i] = rate.source();
            i++;
        }
        return em.createNativeQuery("insert into exchange_rate (" + COLUMNS + ") "
                + "select c, cast(m as date), cast(v as numeric), s, ?5, ?6 from unnest(cast(?1 as varchar[]), "
                + "cast(?2 as varchar[]), cast(?3 as varchar[]), cast(?4 as varchar[])) as t(c, m, v, s) " + onConflict)
                .setParameter(1, currencies).setParameter(2, months).setParameter(3, values).setParameter(4, sources)
                .setParameter(5, loadedBy).setParameter(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static String prefixed(String alias) {
        return Arrays.stream(COLUMNS.split(", ")).map(c -> alias + "." + c).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static HeldRate held(Object[] r) {
        return new HeldRate(String.valueOf(r[0]).strip(), month(r[1]), (BigDecimal) r[2], (String) r[3], (String) r[4],
                NativeValues.instant(r[5]));
    }

    private static YearMonth month(Object value) {
        if (value instanceof LocalDate day) {
            return YearMonth.from(day);
        }
        return YearMonth.from(((Date) value).toLocalDate());
    }
}
