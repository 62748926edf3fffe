package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.domain.model.agency.Agency;
import org.interdict.domain.model.agency.AgencyRepository;

import java.util.List;
import java.util.Optional;

/** Agencies in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

    @PersistenceContext(unitName = "interdict")
    EntityManager entityManager;

    @Override
    public Optional<Agency> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(Agency.class, code));
    }

    @Override
    public List<Agency> findAll() {
        return entityManager.createQuery("select a from Agency a order by a.code", Agency.class).getResultList();
    }
}
