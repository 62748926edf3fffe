package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.domain.model.designation.Designation;
import org.interdict.domain.model.designation.DesignationRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Designations in PostgreSQL through JPA; the database refuses any change to a stored one. */
@ApplicationScoped
public class JpaDesignationRepository implements DesignationRepository {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void add(Designation designation) {
        em.persist(designation);
    }

    @Override
    public Optional<Designation> find(UUID id) {
        return Optional.ofNullable(em.find(Designation.class, id));
    }

    @Override
    public List<Designation> list(int offset, int limit) {
        return em.createQuery("select d from Designation d order by d.publishedAt desc, d.id", Designation.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(d) from Designation d", Long.class).getSingleResult();
    }

    @Override
    public void forEach(Consumer<Designation> consumer) {
        // Keyset pages, detached after use, so that an export of any size holds one page in memory.
        java.time.Instant afterTime = null;
        UUID afterId = null;
        while (true) {
            var query = afterTime == null
                    ? em.createQuery("select d from Designation d order by d.publishedAt, d.id", Designation.class)
                    : em.createQuery("select d from Designation d where d.publishedAt > :t or (d.publishedAt = :t and d.id > :id) "
                            + "order by d.publishedAt, d.id", Designation.class).setParameter("t", afterTime).setParameter("id", afterId);
            List<Designation> page = query.setMaxResults(BATCH).getResultList();
            for (Designation designation : page) {
                consumer.accept(designation);
                em.detach(designation);
            }
            if (page.size() < BATCH) {
                return;
            }
            Designation last = page.get(page.size() - 1);
            afterTime = last.publishedAt();
            afterId = last.id();
        }
    }

    @Override
    public List<Designation> ofCase(UUID caseId) {
        return em.createQuery("select d from Designation d where d.caseId = :id order by d.primaryName", Designation.class)
                .setParameter("id", caseId).getResultList();
    }
}
