package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.interdict.application.projection.RecordType;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyRepository;
import org.interdict.domain.model.party.Relationship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Parties and relationships in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaPartyRepository implements PartyRepository {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public Optional<Party> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Party.class, id));
    }

    @Override
    public List<Party> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Party p where p.id in :ids order by p.primaryName", Party.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Party> list(String ownerAgency, String partnerAgency, PartyQuery query) {
        TypedQuery<Party> q = em.createQuery("select p from Party p" + where(ownerAgency, partnerAgency, query)
                + " order by lower(p.primaryName), p.id", Party.class);
        bind(q::setParameter, ownerAgency, partnerAgency, query);
        return q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
    }

    @Override
    public long count(String ownerAgency, String partnerAgency, PartyQuery query) {
        TypedQuery<Long> q = em.createQuery("select count(p) from Party p" + where(ownerAgency, partnerAgency, query), Long.class);
        bind(q::setParameter, ownerAgency, partnerAgency, query);
        return q.getSingleResult();
    }

    private static String where(String ownerAgency, String partnerAgency, PartyQuery query) {
        List<String> visibility = new ArrayList<>();
        if (ownerAgency != null) {
            visibility.add("p.owningAgency = :agency");
        }
        if (partnerAgency != null) {
            visibility.add(EffectiveRelease.PARTNER_SEES.formatted("p.id"));
        }
        if (visibility.isEmpty()) {
            visibility.add("1 = 0");
        }
        List<String> conditions = new ArrayList<>(List.of("(" + String.join(" or ", visibility) + ")"));
        if (query.name() != null) {
            conditions.add("(lower(p.primaryName) like :name or exists (select a from Party p2 join p2.aliases a "
                    + "where p2 = p and lower(a.name) like :name))");
        }
        if (query.country() != null) {
            conditions.add("p.country = :country");
        }
        if (query.kind() != null) {
            conditions.add("p.kind = :kind");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static void bind(Binder binder, String ownerAgency, String partnerAgency, PartyQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        if (ownerAgency != null) {
            parameters.put("agency", ownerAgency);
        }
        if (partnerAgency != null) {
            parameters.put("partner", partnerAgency);
            parameters.put("releaseType", RecordType.PARTY);
        }
        if (query.name() != null) {
            parameters.put("name", "%" + query.name().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.country() != null) {
            parameters.put("country", query.country());
        }
        if (query.kind() != null) {
            parameters.put("kind", query.kind());
        }
        parameters.forEach(binder::bind);
    }

    @FunctionalInterface
    private interface Binder {
        Object bind(String name, Object value);
    }

    @Override
    public void add(Party party) {
        em.persist(party);
    }

    @Override
    public void remove(Party party) {
        em.createQuery("delete from Relationship r where r.fromPartyId = :id or r.toPartyId = :id")
                .setParameter("id", party.id()).executeUpdate();
        em.remove(party);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean isReferenced(UUID partyId) {
        Number count = (Number) em.createNativeQuery("select (select count(*) from case_subject where party_id = ?1)"
                + " + (select count(*) from proposal_subject where party_id = ?1)"
                + " + (select count(*) from designation where party_id = ?1)")
                .setParameter(1, partyId).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public void add(Relationship relationship) {
        em.persist(relationship);
    }

    @Override
    public void remove(Relationship relationship) {
        em.remove(relationship);
    }

    @Override
    public Optional<Relationship> findRelationship(UUID id) {
        return Optional.ofNullable(em.find(Relationship.class, id));
    }

    @Override
    public List<Relationship> relationshipsOf(UUID partyId) {
        return em.createQuery("select r from Relationship r where r.fromPartyId = :id or r.toPartyId = :id "
                + "order by r.createdAt", Relationship.class).setParameter("id", partyId).getResultList();
    }
}
