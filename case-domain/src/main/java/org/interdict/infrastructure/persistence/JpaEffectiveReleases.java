package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.application.projection.RecordType;
import org.interdict.application.security.EffectiveReleases;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Effective releases read from the view {@code effective_release} (migrations V10 and V13), the one place that
 * says who outside the owning agency may see a case, a party, a trade record or an evidence item. JPQL list queries use
 * the same view through {@link EffectiveRelease}.
 */
@ApplicationScoped
public class JpaEffectiveReleases implements EffectiveReleases {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public Set<String> of(RecordType type, UUID id) {
        return of(type, List.of(id)).getOrDefault(id, Set.of());
    }

    @Override
    public Map<UUID, Set<String>> of(RecordType type, Collection<UUID> ids) {
        return released(type.name(), ids);
    }

    private Map<UUID, Set<String>> released(String recordType, Collection<UUID> ids) {
        Map<UUID, Set<String>> released = new HashMap<>();
        if (ids.isEmpty()) {
            return released;
        }
        // Changes of this transaction (a case just shared) count: the view reads the tables as they are now.
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select record_id, agency from effective_release "
                + "where record_type = ?1 and record_id = any(cast(?2 as uuid[]))")
                .setParameter(1, recordType).setParameter(2, ids.toArray(UUID[]::new)).getResultList();
        rows.forEach(row -> released.computeIfAbsent((UUID) row[0], id -> new TreeSet<>()).add((String) row[1]));
        return released;
    }
}
