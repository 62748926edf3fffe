package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.domain.model.audit.AuditEntry;
import org.interdict.domain.model.audit.AuditEvent;
import org.interdict.domain.model.audit.AuditHash;
import org.interdict.domain.model.audit.AuditTrail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit trail in PostgreSQL. Appending takes a transaction-scoped advisory lock, reads the last
 * hash and inserts the next event, so that the chain stays linear even with many application nodes;
 * the lock is released when the business transaction commits or rolls back.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

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

    private static final String SELECT = "select id, occurred_at, actor, actor_agency, action, target_type, target_id, "
            + "details, previous_hash, hash from audit_event";

    private static AuditEvent event(Object[] row) {
        return new AuditEvent(((Number) row[0]).longValue(), NativeValues.instant(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], row[8].toString(), row[9].toString());
    }
}
