package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.domain.model.audit.AuditEntry;
import org.interdict.domain.model.audit.AuditEvent;
import org.interdict.domain.model.audit.AuditHash;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.audit.AuditTrailSearch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit trail in PostgreSQL. Appending takes a transaction-scoped advisory lock, reads the last
 * hash and inserts the next event, so that the chain stays linear even with many application nodes;
 * the lock is released when the business transaction commits or rolls back. Searching reads the
 * agency's part of the trail with the indexes of V19.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail, AuditTrailSearch {

    /** Advisory lock key of the audit chain ("INTERDICT-AUDIT" folded into a long). */
    private static final long CHAIN_LOCK = 0x494e_5444_4155_4454L;

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        List<?> last = em.createNativeQuery("select hash from audit_event order by id desc limit 1").getResultList();
        String previous = last.isEmpty() ? AuditHash.GENESIS : last.get(0).toString();
        Instant now = AuditHash.truncate(Instant.now());
        String hash = AuditHash.of(previous, now, entry.actor(), entry.actorAgency(), entry.action(), entry.targetType(),
                entry.targetId(), entry.detailsJson());
        em.createNativeQuery("insert into audit_event (occurred_at, actor, actor_agency, action, target_type, target_id, "
                + "details, previous_hash, hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, entry.actor())
                .setParameter(3, entry.actorAgency())
                .setParameter(4, entry.action())
                .setParameter(5, entry.targetType())
                .setParameter(6, entry.targetId())
                .setParameter(7, entry.detailsJson())
                .setParameter(8, previous)
                .setParameter(9, hash)
                .executeUpdate();
    }

    @Override
    public List<AuditEvent> about(String targetType, String targetId) {
        try (Stream<?> rows = em.createNativeQuery(SELECT + " where target_type = ?1 and target_id = ?2 order by id")
                .setParameter(1, targetType).setParameter(2, targetId).getResultStream()) {
            return rows.map(row -> event((Object[]) row)).toList();
        }
    }

    @Override
    public ChainVerification verify() {
        String expectedPrevious = AuditHash.GENESIS;
        long checked = 0;
        long lastId = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> page = em.createNativeQuery(SELECT + " where id > ?1 order by id limit 1000")
                    .setParameter(1, lastId).getResultList();
            for (Object[] row : page) {
                AuditEvent event = event(row);
                checked++;
                if (!event.previousHash().equals(expectedPrevious)) {
                    return new ChainVerification(false, checked, event.id(), "Event " + event.id()
                            + " does not follow its predecessor: an event before it was removed or inserted.");
                }
                if (!event.hash().equals(AuditHash.of(event))) {
                    return new ChainVerification(false, checked, event.id(), "Event " + event.id()
                            + " was changed after it was written: its content no longer matches its hash.");
                }
                expectedPrevious = event.hash();
                lastId = event.id();
            }
            if (page.size() < 1000) {
                return new ChainVerification(true, checked, null, null);
            }
        }
    }

    @Override
    public List<AuditEvent> find(Criteria criteria, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        var query = em.createNativeQuery(SELECT + " e" + where + " order by e.id desc limit ?" + (parameters.size() + 1)
                + " offset ?" + (parameters.size() + 2));
        bind(query, parameters);
        query.setParameter(parameters.size() + 1, limit).setParameter(parameters.size() + 2, offset);
        try (Stream<?> rows = query.getResultStream()) {
            return rows.map(row -> event((Object[]) row)).toList();
        }
    }

    @Override
    public long count(Criteria criteria) {
        List<Object> parameters = new ArrayList<>();
        var query = em.createNativeQuery("select count(*) from audit_event e" + where(criteria, parameters));
        bind(query, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public java.util.Optional<AuditEvent> event(long id) {
        try (Stream<?> rows = em.createNativeQuery(SELECT + " where id = ?1").setParameter(1, id).getResultStream()) {
            return rows.map(row -> event((Object[]) row)).findFirst();
        }
    }

    @Override
    public List<String> actions(String agency) {
        List<Object> parameters = new ArrayList<>();
        var query = em.createNativeQuery("select distinct e.action from audit_event e"
                + where(new Criteria(agency, null, false, null, null, null, null, null), parameters) + " order by e.action");
        bind(query, parameters);
        return ((List<?>) query.getResultList()).stream().map(Object::toString).toList();
    }

    /**
     * The agency's part of the trail: what its people (and its background work) did, and what anyone did
     * to a case, party or evidence item it owns (e.g. a partner reading a shared record). The owned records
     * are each listed once per query (a hashed sub-plan), not looked up per event.
     */
    private static String where(Criteria criteria, List<Object> parameters) {
        parameters.add(criteria.agency());
        int agency = parameters.size();
        StringBuilder where = new StringBuilder(" where (e.actor_agency = ?" + agency
                + " or (e.target_type = 'case' and e.target_id in (select c.reference from case_file c where c.owning_agency = ?" + agency + "))"
                + " or (e.target_type = 'party' and e.target_id in (select cast(p.id as text) from party p where p.owning_agency = ?" + agency + "))"
                + " or (e.target_type = 'evidence' and e.target_id in (select cast(v.id as text) from evidence v where v.owning_agency = ?" + agency + ")))");
        if (criteria.actor() != null) {
            if (criteria.actorPrefix()) {
                parameters.add(criteria.actor().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                where.append(" and e.actor like ?").append(parameters.size());
            } else {
                parameters.add(criteria.actor());
                where.append(" and e.actor = ?").append(parameters.size());
            }
        }
        if (criteria.action() != null) {
            parameters.add(criteria.action());
            where.append(" and e.action = ?").append(parameters.size());
        }
        if (criteria.targetType() != null) {
            parameters.add(criteria.targetType());
            where.append(" and e.target_type = ?").append(parameters.size());
        }
        if (criteria.targetId() != null) {
            parameters.add(criteria.targetId());
            where.append(" and e.target_id = ?").append(parameters.size());
        }
        if (criteria.from() != null) {
            parameters.add(OffsetDateTime.ofInstant(criteria.from(), ZoneOffset.UTC));
            where.append(" and e.occurred_at >= ?").append(parameters.size());
        }
        if (criteria.until() != null) {
            parameters.add(OffsetDateTime.ofInstant(criteria.until(), ZoneOffset.UTC));
            where.append(" and e.occurred_at < ?").append(parameters.size());
        }
        return where.toString();
    }

    private static void bind(jakarta.persistence.Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static final String SELECT = "select id, occurred_at, actor, actor_agency, action, target_type, target_id, "
            + "details, previous_hash, hash from audit_event";

    private static AuditEvent event(Object[] row) {
        return new AuditEvent(((Number) row[0]).longValue(), NativeValues.instant(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], row[8].toString(), row[9].toString());
    }
}
