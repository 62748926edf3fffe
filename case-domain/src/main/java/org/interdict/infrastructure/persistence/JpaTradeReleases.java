package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.application.trade.TradeReleases;
import org.interdict.domain.model.shared.Releasability;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Trade records' releasability in the columns and table of migration V10. */
@ApplicationScoped
public class JpaTradeReleases implements TradeReleases {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Release> of(UUID recordId) {
        List<Object> found = em.createNativeQuery("select releasability from trade_record where id = ?1")
                .setParameter(1, recordId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> agencies = em.createNativeQuery("select agency from trade_record_share where trade_record_id = ?1")
                .setParameter(1, recordId).getResultList();
        return Optional.of(new Release(Releasability.valueOf((String) found.get(0)), new TreeSet<>(agencies)));
    }

    @Override
    public void set(UUID recordId, Releasability releasability, Set<String> agencies) {
        em.createNativeQuery("update trade_record set releasability = ?1 where id = ?2")
                .setParameter(1, releasability.name()).setParameter(2, recordId).executeUpdate();
        em.createNativeQuery("delete from trade_record_share where trade_record_id = ?1").setParameter(1, recordId).executeUpdate();
        if (!agencies.isEmpty()) {
            em.createNativeQuery("insert into trade_record_share (trade_record_id, agency) select ?1, unnest(cast(?2 as varchar[]))")
                    .setParameter(1, recordId).setParameter(2, agencies.toArray(String[]::new)).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> setForBatch(UUID batchId, Releasability releasability, Set<String> agencies) {
        List<UUID> ids = em.createNativeQuery("update trade_record set releasability = ?1 where batch_id = ?2 returning id")
                .setParameter(1, releasability.name()).setParameter(2, batchId).getResultList();
        em.createNativeQuery("delete from trade_record_share s using trade_record t where t.id = s.trade_record_id and t.batch_id = ?1")
                .setParameter(1, batchId).executeUpdate();
        if (!agencies.isEmpty()) {
            em.createNativeQuery("insert into trade_record_share (trade_record_id, agency) "
                    + "select t.id, a.agency from trade_record t cross join unnest(cast(?2 as varchar[])) as a(agency) where t.batch_id = ?1")
                    .setParameter(1, batchId).setParameter(2, agencies.toArray(String[]::new)).executeUpdate();
        }
        return ids;
    }
}
