package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.interdict.application.Page;
import org.interdict.application.jobs.BackgroundJobRecords;
import org.interdict.application.jobs.JobKind;
import org.interdict.application.jobs.JobState;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The record of background jobs in PostgreSQL. Kinds and states are bound as the names of their
 * enums, never written into the SQL. Periodic work upserts its node's row (a partial unique index on
 * kind and node); each call is its own transaction unless one is already open.
 */
@ApplicationScoped
@Transactional
public class JpaBackgroundJobRecords implements BackgroundJobRecords {

    private static final String COLUMNS = "id, kind, state, node, reference, agency, started_by, started_at, heartbeat_at, "
            + "finished_at, done, total, last_run_at, last_run_millis, last_run_items, error, error_at";
    private static final int ERROR_LENGTH = 2000;
    static final String ABANDONED = "Abandoned: its node stopped sending heartbeats (the server stopped or lost the database).";

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public long begin(JobKind kind, String reference, String agency, String startedBy, String node) {
        Number id = (Number) em.createNativeQuery("insert into background_job (kind, periodic, state, node, reference, agency, "
                + "started_by) values (?1, false, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, kind.name()).setParameter(2, JobState.RUNNING.name()).setParameter(3, node)
                .setParameter(4, reference).setParameter(5, agency).setParameter(6, startedBy).getSingleResult();
        return id.longValue();
    }

    @Override
    public void progress(long id, long done, Long total) {
        // A null total is left as it was rather than bound untyped into a bigint column.
        Query update = em.createNativeQuery("update background_job set done = ?1, heartbeat_at = now()"
                + (total == null ? "" : ", total = ?3") + " where id = ?2")
                .setParameter(1, done).setParameter(2, id);
        if (total != null) {
            update.setParameter(3, total);
        }
        update.executeUpdate();
    }

    @Override
    public void finish(long id, JobState state, String error) {
        Query update = em.createNativeQuery("update background_job set state = ?1, finished_at = now(), heartbeat_at = now()"
                + (error == null ? "" : ", error = ?3, error_at = now()") + " where id = ?2")
                .setParameter(1, state.name()).setParameter(2, id);
        if (error != null) {
            update.setParameter(3, capped(error));
        }
        update.executeUpdate();
    }

    @Override
    public void ran(JobKind kind, String node, Run run) {
        // While the row says the node runs the work, its start and its count go on; after a stop they begin anew.
        Query upsert = em.createNativeQuery("insert into background_job (kind, periodic, state, node, done, last_run_at, "
                + "last_run_millis, last_run_items, error, error_at) values (?1, true, ?2, ?3, ?4, ?5, ?6, ?7, "
                + (run.error() == null ? "null, null" : "?8, now()") + ") "
                + "on conflict (kind, node) where periodic do update set "
                + "started_at = case when background_job.state = excluded.state then background_job.started_at else excluded.started_at end, "
                + "done = case when background_job.state = excluded.state then background_job.done + excluded.done else excluded.done end, "
                + "state = excluded.state, heartbeat_at = excluded.heartbeat_at, finished_at = null, "
                + "last_run_at = excluded.last_run_at, last_run_millis = excluded.last_run_millis, "
                + "last_run_items = excluded.last_run_items, error = coalesce(excluded.error, background_job.error), "
                + "error_at = coalesce(excluded.error_at, background_job.error_at)")
                .setParameter(1, kind.name()).setParameter(2, JobState.RUNNING.name()).setParameter(3, node)
                .setParameter(4, run.items()).setParameter(5, utc(run.startedAt())).setParameter(6, run.millis())
                .setParameter(7, run.items());
        if (run.error() != null) {
            upsert.setParameter(8, capped(run.error()));
        }
        upsert.executeUpdate();
    }

    @Override
    public void stopped(JobKind kind, String node) {
        em.createNativeQuery("update background_job set state = ?1, finished_at = now(), heartbeat_at = now() "
                + "where periodic and kind = ?2 and node = ?3")
                .setParameter(1, JobState.STOPPED.name()).setParameter(2, kind.name()).setParameter(3, node).executeUpdate();
    }

    @Override
    public int abandonStale() {
        return em.createNativeQuery("update background_job set state = ?1, finished_at = now(), error = ?2, error_at = now() "
                + "where state = ?3 and heartbeat_at <= now() - make_interval(secs => " + STALE_AFTER_SECONDS + ")")
                .setParameter(1, JobState.ABANDONED.name()).setParameter(2, ABANDONED)
                .setParameter(3, JobState.RUNNING.name()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Job> list(String agency, int offset, int limit) {
        // Ordinal parameters without gaps: the agency, when there is one, is ?1.
        String where = agency == null ? "" : " where agency is null or agency = ?1";
        int window = agency == null ? 1 : 2;
        Query rows = em.createNativeQuery("select " + COLUMNS + " from background_job" + where
                + " order by coalesce(last_run_at, started_at) desc, id desc offset ?" + window + " limit ?" + (window + 1))
                .setParameter(window, offset).setParameter(window + 1, limit);
        Query count = em.createNativeQuery("select count(*) from background_job" + where);
        if (agency != null) {
            rows.setParameter(1, agency);
            count.setParameter(1, agency);
        }
        List<Job> jobs = ((List<Object[]>) rows.getResultList()).stream().map(JpaBackgroundJobRecords::job).toList();
        return new Page<>(jobs, ((Number) count.getSingleResult()).longValue(), offset, limit);
    }

    private static Job job(Object[] row) {
        return new Job(((Number) row[0]).longValue(), JobKind.valueOf((String) row[1]), JobState.valueOf((String) row[2]),
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], NativeValues.instant(row[7]),
                NativeValues.instant(row[8]), NativeValues.instant(row[9]), ((Number) row[10]).longValue(), number(row[11]),
                NativeValues.instant(row[12]), number(row[13]), number(row[14]), (String) row[15], NativeValues.instant(row[16]));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String capped(String error) {
        return error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH - 3) + "..." : error;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
