package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.projection.RecordType;
import org.interdict.application.search.RebuildStatus;
import org.interdict.application.search.SearchRebuilds;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rebuilds of the search projection in PostgreSQL. A partial unique index lets only one run at a
 * time, whichever node starts it; each call is its own transaction unless one is already open.
 */
@ApplicationScoped
@Transactional
public class JpaSearchRebuilds implements SearchRebuilds {

    private static final String COLUMNS = "id, status, requested_by, targets, total, done, started_at, heartbeat_at, "
            + "finished_at, error";

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public Rebuild begin(String requestedBy, Map<RecordType, String> targets, long total) {
        try {
            Number id = (Number) em.createNativeQuery("insert into search_rebuild (status, requested_by, targets, total) "
                    + "values (?4, ?1, ?2, ?3) returning id")
                    .setParameter(1, requestedBy).setParameter(2, encode(targets)).setParameter(3, total)
                    .setParameter(4, RebuildStatus.RUNNING.name()).getSingleResult();
            return find(id.longValue()).orElseThrow();
        } catch (PersistenceException e) {
            // Another node started one between the check and the insert: the unique index refused this one.
            throw new ConflictException("A search rebuild was started at the same moment by someone else.");
        }
    }

    @Override
    public Optional<Rebuild> running() {
        return rows("where status = '" + RebuildStatus.RUNNING.name() + "' and heartbeat_at > now() - make_interval(secs => "
                + STALE_AFTER_SECONDS + ")", 1).stream().findFirst();
    }

    @Override
    public int abandonStale() {
        return em.createNativeQuery("update search_rebuild set status = ?1, finished_at = now(), error = "
                + "'Abandoned: the node running it stopped sending progress.' where status = ?2 "
                + "and heartbeat_at <= now() - make_interval(secs => " + STALE_AFTER_SECONDS + ")")
                .setParameter(1, RebuildStatus.FAILED.name()).setParameter(2, RebuildStatus.RUNNING.name()).executeUpdate();
    }

    @Override
    public void progress(long id, long done) {
        em.createNativeQuery("update search_rebuild set done = ?1, heartbeat_at = now() where id = ?2")
                .setParameter(1, done).setParameter(2, id).executeUpdate();
    }

    @Override
    public void finish(long id) {
        em.createNativeQuery("update search_rebuild set status = ?2, finished_at = now(), heartbeat_at = now() "
                + "where id = ?1").setParameter(1, id).setParameter(2, RebuildStatus.DONE.name()).executeUpdate();
    }

    @Override
    public void fail(long id, String error) {
        em.createNativeQuery("update search_rebuild set status = ?3, finished_at = now(), error = ?1 where id = ?2")
                .setParameter(1, error == null ? "failed" : error.length() > 2000 ? error.substring(0, 2000) : error)
                .setParameter(2, id).setParameter(3, RebuildStatus.FAILED.name()).executeUpdate();
    }

    @Override
    public Optional<Rebuild> find(long id) {
        return rows("where id = " + id, 1).stream().findFirst();
    }

    @Override
    public List<Rebuild> recent(int max) {
        return rows("", max);
    }

    @Override
    public long countRecords() {
        return ((Number) em.createNativeQuery("select (select count(*) from party) + (select count(*) from case_file) "
                + "+ (select count(*) from designation) + (select count(*) from trade_record) + (select count(*) from evidence)").getSingleResult()).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> recordIds(RecordType type, String after, int max) {
        String sql = switch (type) {
            case PARTY -> "select cast(id as varchar) from party" + (after == null ? "" : " where id > cast(?2 as uuid)")
                    + " order by id limit ?1";
            case CASE -> "select reference from case_file" + (after == null ? "" : " where reference > ?2")
                    + " order by reference limit ?1";
            case DESIGNATION -> "select cast(id as varchar) from designation" + (after == null ? "" : " where id > cast(?2 as uuid)")
                    + " order by id limit ?1";
            case TRADE_RECORD -> "select cast(id as varchar) from trade_record" + (after == null ? "" : " where id > cast(?2 as uuid)")
                    + " order by id limit ?1";
            case EVIDENCE -> "select cast(id as varchar) from evidence" + (after == null ? "" : " where id > cast(?2 as uuid)")
                    + " order by id limit ?1";
        };
        var query = em.createNativeQuery(sql).setParameter(1, max);
        if (after != null) {
            query.setParameter(2, after);
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Rebuild> rows(String where, int max) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from search_rebuild " + where
                + " order by id desc limit " + max).getResultList();
        return rows.stream().map(JpaSearchRebuilds::rebuild).toList();
    }

    private static Rebuild rebuild(Object[] row) {
        return new Rebuild(((Number) row[0]).longValue(), RebuildStatus.valueOf((String) row[1]), (String) row[2], decode((String) row[3]),
                ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), NativeValues.instant(row[6]), NativeValues.instant(row[7]),
                NativeValues.instant(row[8]), (String) row[9]);
    }

    static String encode(Map<RecordType, String> targets) {
        return targets.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static Map<RecordType, String> decode(String text) {
        Map<RecordType, String> targets = new EnumMap<>(RecordType.class);
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                targets.put(RecordType.valueOf(pair.substring(0, eq)), pair.substring(eq + 1));
            }
        }
        return targets;
    }
}
