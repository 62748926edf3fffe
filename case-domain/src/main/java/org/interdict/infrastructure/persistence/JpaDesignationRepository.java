package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.domain.model.designation.Designation;
import org.interdict.domain.model.designation.DesignationFilter;
import org.interdict.domain.model.designation.DesignationRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Designations in PostgreSQL through JPA; the database refuses any change to a stored one. Filtered
 * lists are native SQL, because the aliases are a JSON snapshot (text) that only PostgreSQL's JSON
 * functions read name by name; the unfiltered list keeps its JPQL.
 */
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
        forEach(DesignationFilter.ALL, consumer);
    }

    @Override
    public List<Designation> list(DesignationFilter filter, int offset, int limit) {
        if (unfiltered(filter)) {
            return list(offset, limit);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        var query = em.createNativeQuery("select d.* from designation d" + where(filter, parameters, List.of())
                + orderBy(filter.order()), Designation.class);
        parameters.forEach(query::setParameter);
        return designations(query.setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long count(DesignationFilter filter) {
        if (filter.isEmpty()) {
            return count();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        var query = em.createNativeQuery("select count(*) from designation d" + where(filter, parameters, List.of()));
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public void forEach(DesignationFilter filter, Consumer<Designation> consumer) {
        // Keyset pages, detached after use, so that an export of any size holds one page in memory.
        Instant afterTime = null;
        UUID afterId = null;
        while (true) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            List<String> after = List.of();
            if (afterTime != null) {
                after = List.of("(d.published_at > :afterTime or (d.published_at = :afterTime and d.id > :afterId))");
                parameters.put("afterTime", afterTime);
                parameters.put("afterId", afterId);
            }
            var query = em.createNativeQuery("select d.* from designation d" + where(filter, parameters, after)
                    + " order by d.published_at, d.id", Designation.class);
            parameters.forEach(query::setParameter);
            List<Designation> page = designations(query.setMaxResults(BATCH).getResultList());
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

    private static boolean unfiltered(DesignationFilter filter) {
        return filter.isEmpty() && filter.order() == DesignationFilter.Order.PUBLISHED;
    }

    /** The SQL conditions of the filter (and the extra ones given), their values put in {@code parameters}. */
    static String where(DesignationFilter filter, Map<String, Object> parameters, List<String> extra) {
        List<String> conditions = new ArrayList<>();
        if (filter.text() != null) {
            conditions.add("(lower(d.primary_name) like :text or exists (select 1 from jsonb_array_elements(cast(d.aliases as jsonb)) a "
                    + "where lower(a ->> 'name') like :text))");
            parameters.put("text", "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.measure() != null) {
            conditions.add("d.measure = :measure");
            parameters.put("measure", filter.measure().name());
        }
        if (filter.country() != null) {
            conditions.add("d.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.agency() != null) {
            conditions.add("d.owning_agency = :agency");
            parameters.put("agency", filter.agency());
        }
        if (filter.effectiveFrom() != null) {
            conditions.add("d.effective_date >= :effectiveFrom");
            parameters.put("effectiveFrom", filter.effectiveFrom());
        }
        if (filter.effectiveTo() != null) {
            conditions.add("d.effective_date <= :effectiveTo");
            parameters.put("effectiveTo", filter.effectiveTo());
        }
        conditions.addAll(extra);
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static String orderBy(DesignationFilter.Order order) {
        return switch (order) {
            case EFFECTIVE -> " order by d.effective_date desc, d.published_at desc, d.id";
            case NAME -> " order by lower(d.primary_name), d.id";
            default -> " order by d.published_at desc, d.id";
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Designation> designations(List<?> rows) {
        return (List<Designation>) rows;
    }

    @Override
    public List<Designation> ofCase(UUID caseId) {
        return em.createQuery("select d from Designation d where d.caseId = :id order by d.primaryName", Designation.class)
                .setParameter("id", caseId).getResultList();
    }
}
