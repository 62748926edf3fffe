package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.interdict.application.trade.SanctionedDestinations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sanctioned destinations in PostgreSQL, one row per country. Listing a country twice, or taking
 * off one that is not listed, changes nothing (two administrators doing it at once included), and
 * says so.
 */
@ApplicationScoped
@Transactional
public class JpaSanctionedDestinations implements SanctionedDestinations {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Destination> all() {
        List<Object[]> rows = em.createNativeQuery("select country, added_by, added_at from sanctioned_destination order by country")
                .getResultList();
        return rows.stream().map(r -> new Destination(String.valueOf(r[0]).strip(), (String) r[1], NativeValues.instant(r[2])))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> countries() {
        List<Object> rows = em.createNativeQuery("select country from sanctioned_destination").getResultList();
        Set<String> countries = new LinkedHashSet<>();
        rows.forEach(r -> countries.add(String.valueOf(r).strip()));
        return countries;
    }

    @Override
    public boolean add(String country, String addedBy, Instant at) {
        return em.createNativeQuery("insert into sanctioned_destination (country, added_by, added_at) values (?1, ?2, ?3) "
                + "on conflict (country) do nothing").setParameter(1, country).setParameter(2, addedBy)
                .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate() == 1;
    }

    @Override
    public boolean remove(String country) {
        return em.createNativeQuery("delete from sanctioned_destination where country = ?1").setParameter(1, country)
                .executeUpdate() == 1;
    }
}
