package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.domain.model.evidence.Evidence;
import org.interdict.domain.model.evidence.EvidenceRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Evidence items in PostgreSQL through JPA (table {@code evidence}, migration V13). */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
    }

    @Override
    public Optional<Evidence> find(UUID id) {
        return Optional.ofNullable(em.find(Evidence.class, id));
    }

    @Override
    public Optional<Evidence> findByContent(UUID caseId, String sha256) {
        return em.createQuery("select e from Evidence e where e.caseId = :caseId and e.sha256 = :sha256", Evidence.class)
                .setParameter("caseId", caseId).setParameter("sha256", sha256).getResultStream().findFirst();
    }

    @Override
    public List<Evidence> ofCase(UUID caseId) {
        return em.createQuery("select e from Evidence e where e.caseId = :caseId order by e.addedAt, e.id", Evidence.class)
                .setParameter("caseId", caseId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
