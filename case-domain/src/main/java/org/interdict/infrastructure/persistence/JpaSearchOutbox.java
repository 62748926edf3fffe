package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.application.projection.Embedding;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The search outbox in PostgreSQL. Claiming uses {@code FOR UPDATE SKIP LOCKED}, so that pollers on
 * several application nodes drain it at once without taking the same rows.
 */
@ApplicationScoped
public class JpaSearchOutbox implements SearchOutbox {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void enqueue(RecordType type, String recordId) {
        em.createNativeQuery("insert into search_outbox (record_type, record_id) values (?1, ?2)")
                .setParameter(1, type.name()).setParameter(2, recordId).executeUpdate();
    }

    @Override
    public void enqueueWithEmbedders(RecordType type, String recordId) {
        enqueue(type, recordId);
        // A case is named by its reference in the outbox and the index; every other record by its id.
        Object key = type == RecordType.CASE ? recordId : UUID.fromString(recordId);
        for (Embedding embedding : Embedding.of(type)) {
            em.createNativeQuery("insert into search_outbox (record_type, record_id) " + embedders(embedding))
                    .setParameter(1, embedding.embedder().name()).setParameter(2, key).executeUpdate();
        }
    }

    /** The records that embed a changed one (?2), each rule of {@link Embedding} as one query. */
    private static String embedders(Embedding embedding) {
        return switch (embedding) {
            case CASE_SUBJECTS -> "select cast(?1 as varchar), c.reference from case_subject s join case_file c on c.id = s.case_id where s.party_id = ?2";
            case TRADE_RECORD_PARTIES -> "select cast(?1 as varchar), cast(id as varchar) from trade_record where exporter_party_id = ?2 "
                    + "union select cast(?1 as varchar), cast(id as varchar) from trade_record where consignee_party_id = ?2";
            case DESIGNATION_PARTY -> "select cast(?1 as varchar), cast(id as varchar) from designation where party_id = ?2";
            case CASE_EVIDENCE -> "select cast(?1 as varchar), cast(e.id as varchar) from evidence e join case_file c on c.id = e.case_id "
                    + "where c.reference = ?2";
        };
    }

    @Override
    public void enqueueAll(RecordType type, java.util.Collection<String> recordIds) {
        if (!recordIds.isEmpty()) {
            em.createNativeQuery("insert into search_outbox (record_type, record_id) select ?1, unnest(cast(?2 as varchar[]))")
                    .setParameter(1, type.name()).setParameter(2, recordIds.toArray(String[]::new)).executeUpdate();
        }
    }

    @Override
    public List<Entry> claim(int max, int maxEvidence) {
        List<Entry> entries = new java.util.ArrayList<>(due("record_type <> 'TRADE_RECORD' and record_type <> 'EVIDENCE'", max));
        if (entries.size() < max) {
            entries.addAll(due("record_type = 'EVIDENCE'", Math.min(maxEvidence, max - entries.size())));
        }
        if (entries.size() < max) {
            entries.addAll(due("record_type = 'TRADE_RECORD'", max - entries.size()));
        }
        return entries;
    }

    /** Due entries of one kind, oldest first (each kind has its own partial index). */
    @SuppressWarnings("unchecked")
    private List<Entry> due(String kind, int max) {
        List<Object[]> rows = em.createNativeQuery("select id, record_type, record_id, attempts, last_error from search_outbox "
                + "where not parked and " + kind + " and next_attempt_at <= now() order by id limit ?1 for update skip locked")
                .setParameter(1, max).getResultList();
        return rows.stream().map(JpaSearchOutbox::entry).toList();
    }

    @Override
    public void done(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from search_outbox where id = any(cast(?1 as bigint[]))")
                    .setParameter(1, ids.toArray(Long[]::new)).executeUpdate();
        }
    }

    @Override
    public void retryLater(long id, String error, Duration delay, boolean counts) {
        em.createNativeQuery("update search_outbox set attempts = attempts + ?1, last_error = ?2, "
                + "next_attempt_at = now() + make_interval(secs => ?3) where id = ?4")
                .setParameter(1, counts ? 1 : 0).setParameter(2, truncate(error))
                .setParameter(3, (double) delay.toMillis() / 1000).setParameter(4, id).executeUpdate();
    }

    @Override
    public void park(long id, String error) {
        em.createNativeQuery("update search_outbox set attempts = attempts + 1, last_error = ?1, parked = true where id = ?2")
                .setParameter(1, truncate(error)).setParameter(2, id).executeUpdate();
    }

    @Override
    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where not parked), count(*) filter (where parked), "
                + "min(created_at) filter (where not parked) from search_outbox").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), NativeValues.instant(row[2]));
    }

    @Override
    public List<Entry> parked(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, record_type, record_id, attempts, last_error from search_outbox "
                + "where parked order by id limit ?1").setParameter(1, max).getResultList();
        return rows.stream().map(JpaSearchOutbox::entry).toList();
    }

    @Override
    public int retryParked() {
        return em.createNativeQuery("update search_outbox set parked = false, attempts = 0, next_attempt_at = now() where parked")
                .executeUpdate();
    }

    private static Entry entry(Object[] row) {
        return new Entry(((Number) row[0]).longValue(), RecordType.valueOf((String) row[1]), (String) row[2],
                ((Number) row[3]).intValue(), (String) row[4]);
    }

    private static String truncate(String error) {
        return error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
    }
}
