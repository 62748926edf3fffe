package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.interdict.application.trade.CustomsFile;
import org.interdict.application.trade.TradeImports;
import org.interdict.application.trade.TradeLimits;
import org.interdict.application.trade.TradeText;
import org.interdict.domain.model.trade.ImportBatch;
import org.interdict.domain.model.trade.ImportStatus;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Imports and trade records in PostgreSQL. A chunk of records is one statement over arrays
 * ({@code unnest}), and a line the agency already holds is skipped by the unique key, so that
 * re-importing a file, or the rest of an interrupted one, stores nothing twice. Each call is its own
 * transaction unless one is already open (a chunk's writer opens one for all of its calls).
 */
@ApplicationScoped
@Transactional
public class JpaTradeImports implements TradeImports {

    private static final String BATCH_COLUMNS = "id, owning_agency, file_name, file_bytes, file_sha256, encoding, delimiter, "
            + "status, started_by, started_at, heartbeat_at, finished_at, lines_read, stored, rejected, duplicates, bytes_read, error";

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void begin(ImportBatch b) {
        em.createNativeQuery("insert into import_batch (" + BATCH_COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                + "?11, null, 0, 0, 0, 0, 0, null)")
                .setParameter(1, b.id()).setParameter(2, b.agency()).setParameter(3, b.fileName()).setParameter(4, b.fileBytes())
                .setParameter(5, b.fileSha256()).setParameter(6, b.encoding()).setParameter(7, b.delimiter())
                .setParameter(8, b.status().name()).setParameter(9, b.startedBy()).setParameter(10, utc(b.startedAt()))
                .setParameter(11, utc(b.startedAt())).executeUpdate();
    }

    @Override
    public void progress(UUID id, long linesRead, long stored, long rejected, long duplicates, long bytesRead) {
        em.createNativeQuery("update import_batch set lines_read = ?1, stored = ?2, rejected = ?3, duplicates = ?4, "
                + "bytes_read = ?6, heartbeat_at = now() where id = ?5").setParameter(1, linesRead).setParameter(2, stored)
                .setParameter(3, rejected).setParameter(4, duplicates).setParameter(5, id).setParameter(6, bytesRead)
                .executeUpdate();
    }

    @Override
    public boolean conclude(ImportBatch ended) {
        if (!ended.status().isFinal()) {
            throw new IllegalArgumentException(ended + " has not ended");
        }
        // Only a running batch ends: one abandoned meanwhile stays failed, as its starter was told.
        return em.createNativeQuery("update import_batch set status = ?1, error = ?2, finished_at = ?3, heartbeat_at = ?3 "
                + "where id = ?4 and status = ?5").setParameter(1, ended.status().name())
                .setParameter(2, ended.error() == null ? null : TradeText.capped(ended.error(), TradeLimits.BATCH_ERROR))
                .setParameter(3, utc(ended.finishedAt())).setParameter(4, ended.id())
                .setParameter(5, ImportStatus.RUNNING.name()).executeUpdate() == 1;
    }

    @Override
    public Optional<ImportBatch> find(UUID id) {
        return batches("where id = ?1", id, 1).stream().findFirst();
    }

    @Override
    public List<ImportBatch> recent(String agency, int max) {
        return batches("where owning_agency = ?1 order by started_at desc", agency, max);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ImportBatch> latestOf(String agency, String sha256) {
        List<Object[]> rows = em.createNativeQuery("select " + BATCH_COLUMNS + " from import_batch where owning_agency = ?1 "
                + "and file_sha256 = ?2 order by started_at desc limit 1").setParameter(1, agency).setParameter(2, sha256)
                .getResultList();
        return rows.stream().findFirst().map(JpaTradeImports::batch);
    }

    @Override
    public int abandonStale() {
        // ImportBatch.abandon for every stale batch at once, in the database's clock, which all nodes share.
        return em.createNativeQuery("update import_batch set status = ?1, finished_at = now(), error = ?2 "
                + "where status = ?3 and heartbeat_at <= now() - make_interval(secs => ?4)")
                .setParameter(1, ImportStatus.FAILED.name()).setParameter(2, ImportBatch.ABANDONED)
                .setParameter(3, ImportStatus.RUNNING.name()).setParameter(4, (double) ImportBatch.STALE_AFTER.toSeconds())
                .executeUpdate();
    }

    @Override
    public void reject(UUID batch, List<CustomsFile.Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into import_rejection (batch_id, line, reason) select ?1, l, r "
                + "from unnest(cast(?2 as bigint[]), cast(?3 as varchar[])) as t(l, r) on conflict do nothing")
                .setParameter(1, batch)
                .setParameter(2, rejections.stream().map(CustomsFile.Rejection::line).toArray(Long[]::new))
                .setParameter(3, rejections.stream().map(r -> TradeText.capped(r.reason(), TradeLimits.REJECTION_REASON))
                        .toArray(String[]::new))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void rejections(UUID batch, Consumer<CustomsFile.Rejection> each) {
        List<Object[]> rows = em.createNativeQuery("select line, reason from import_rejection where batch_id = ?1 order by line")
                .setParameter(1, batch).getResultList();
        rows.forEach(row -> each.accept(new CustomsFile.Rejection(((Number) row[0]).longValue(), (String) row[1])));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> store(List<TradeRecordRow> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        int n = records.size();
        String[][] columns = new String[29][n];
        Long[] sourceLines = new Long[n];
        for (int i = 0; i < n; i++) {
            TradeRecordRow r = records.get(i);
            CustomsFile.Line l = r.line();
            String[] values = {r.id().toString(), r.agency(), l.declaration(), text(l.item()), l.date().toString(),
                l.hsCode().digits(), l.description(), l.exporter(), l.consignee(), l.origin(), l.dispatch(), l.destination(),
                text(l.value()), l.currency(), text(r.valueUsd()), text(l.quantity()), l.unit(), text(l.netWeightKg()),
                r.chpTier(), String.valueOf(r.flagged()), r.batch().toString(), text(r.exporterParty()),
                text(r.consigneeParty()), l.key(), l.datePrecision().name(), String.valueOf(l.aggregated()),
                r.usd() == null ? null : r.usd().unitsPerUsd().toPlainString(),
                r.usd() == null ? null : r.usd().month().atDay(1).toString(), r.usd() == null ? null : r.usd().source()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
            sourceLines[i] = l.line();
        }
        StringBuilder arrays = new StringBuilder();
        for (int c = 1; c <= 29; c++) {
            arrays.append(c == 1 ? "" : ", ").append("cast(?").append(c).append(" as varchar[])");
        }
        var query = em.createNativeQuery("insert into trade_record (id, owning_agency, declaration_number, line_number, "
                + "declaration_date, hs_code, goods_description, exporter_name, consignee_name, origin_country, dispatch_country, "
                + "destination_country, value, currency, value_usd, quantity, quantity_unit, net_weight_kg, chp_tier, flagged, "
                + "batch_id, exporter_party_id, consignee_party_id, record_key, date_precision, aggregated, usd_rate, usd_rate_month, "
                + "usd_rate_source, source_line, created_at) "
                + "select cast(a as uuid), b, c, cast(d as integer), cast(e as date), f, g, h, i, j, k, l, cast(m as numeric), n, "
                + "cast(o as numeric), cast(p as numeric), q, cast(r as numeric), s, cast(t as boolean), cast(u as uuid), "
                + "cast(w as uuid), cast(x as uuid), y, z, cast(ag as boolean), cast(ah as numeric), cast(ai as date), aj, v, now() "
                + "from unnest(" + arrays + ", cast(?30 as bigint[])) "
                + "as t(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, w, x, y, z, ag, ah, ai, aj, v) "
                + "on conflict (owning_agency, record_key) do nothing returning id");
        for (int c = 0; c < 29; c++) {
            query.setParameter(c + 1, columns[c]);
        }
        query.setParameter(30, sourceLines);
        return query.getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> refusal(RuntimeException failure) {
        return refusalOf(failure);
    }

    /**
     * The reason in words when a SQL state in the failure's causes says the data was refused (class 22,
     * data exception; class 23, integrity constraint violation); never the database's own message,
     * which quotes SQL and values.
     */
    static Optional<String> refusalOf(Throwable failure) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql) {
                String reason = reason(sql.getSQLState());
                if (reason != null) {
                    return Optional.of(reason);
                }
                if (sql.getNextException() != null) {
                    next.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
        }
        return Optional.empty();
    }

    private static String reason(String state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "22001" -> "a value is longer than its column holds";
            case "22003" -> "a number is too large for its column";
            case "22007", "22008" -> "a date is out of range";
            case "22021", "22P05" -> "the text holds a character the database cannot store";
            case "22P02" -> "a value is not of its column's type";
            case "23502" -> "a required value is missing";
            case "23503" -> "it names a party that no longer exists";
            case "23505" -> "it repeats a record already stored";
            case "23514" -> "a value breaks a rule of the database";
            default -> state.startsWith("22") ? "a value is not valid for its column"
                    : state.startsWith("23") ? "it breaks a rule of the database" : null;
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StoredRecord> records(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select id, owning_agency, declaration_number, line_number, declaration_date, "
                + "hs_code, goods_description, exporter_name, consignee_name, origin_country, dispatch_country, destination_country, "
                + "value, currency, value_usd, net_weight_kg, chp_tier, flagged, batch_id, created_at, exporter_party_id, "
                + "consignee_party_id, date_precision, aggregated, usd_rate, usd_rate_month, usd_rate_source from trade_record "
                + "where id = any(cast(?1 as uuid[]))").setParameter(1, ids.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(r -> new StoredRecord((UUID) r[0], (String) r[1], (String) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue(),
                r[4] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[4],
                org.interdict.domain.model.trade.DatePrecision.valueOf((String) r[22]), (Boolean) r[23], (String) r[5], (String) r[6],
                (String) r[7], (String) r[8], trim(r[9]), trim(r[10]), trim(r[11]), (BigDecimal) r[12], trim(r[13]),
                (BigDecimal) r[14], (BigDecimal) r[15], (String) r[16], (Boolean) r[17], (UUID) r[18],
                NativeValues.instant(r[19]), (UUID) r[20], (UUID) r[21], (BigDecimal) r[24],
                r[25] == null ? null : java.time.YearMonth.from(r[25] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[25]),
                (String) r[26])).toList();
    }

    /** char(n) columns come back as String or Character. */
    private static String trim(Object value) {
        return value == null ? null : String.valueOf(value).strip();
    }

    @SuppressWarnings("unchecked")
    private List<ImportBatch> batches(String where, Object parameter, int max) {
        List<Object[]> rows = em.createNativeQuery("select " + BATCH_COLUMNS + " from import_batch " + where + " limit " + max)
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(JpaTradeImports::batch).toList();
    }

    private static ImportBatch batch(Object[] row) {
        return ImportBatch.restore((UUID) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).longValue(), trim(row[4]), (String) row[5], (String) row[6], ImportStatus.valueOf((String) row[7]),
                (String) row[8],
                NativeValues.instant(row[9]), NativeValues.instant(row[10]), NativeValues.instant(row[11]),
                ((Number) row[12]).longValue(), ((Number) row[13]).longValue(), ((Number) row[14]).longValue(),
                ((Number) row[15]).longValue(), ((Number) row[16]).longValue(), (String) row[17]);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String text(UUID value) {
        return value == null ? null : value.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
