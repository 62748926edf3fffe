package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

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
            visibility.add("(p.releasability = org.interdict.domain.model.shared.Releasability.SHARED and :partner member of p.sharedWith)");
            visibility.add("exists (select c from CaseFile c where c.releasability = org.interdict.domain.model.shared.Releasability.SHARED "
                    + "and :partner member of c.sharedWith and p.id member of c.subjects)");
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
    public java.util.Set<String> sharedCaseAgencies(UUID partyId) {
        @SuppressWarnings("unchecked")
        List<String> agencies = em.createNativeQuery("select distinct sh.agency from case_subject s "
                + "join case_file c on c.id = s.case_id join case_share sh on sh.case_id = c.id "
                + "where s.party_id = ?1 and c.releasability = 'SHARED'").setParameter(1, partyId).getResultList();
        return new java.util.TreeSet<>(agencies);
    }

    @Override
    public Map<UUID, java.util.Set<String>> sharedCaseAgencies(Collection<UUID> partyIds) {
        Map<UUID, java.util.Set<String>> agencies = new HashMap<>();
        if (partyIds.isEmpty()) {
            return agencies;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct s.party_id, sh.agency from case_subject s "
                + "join case_file c on c.id = s.case_id join case_share sh on sh.case_id = c.id "
                + "where s.party_id = any(cast(?1 as uuid[])) and c.releasability = 'SHARED'")
                .setParameter(1, partyIds.toArray(UUID[]::new)).getResultList();
        rows.forEach(row -> agencies.computeIfAbsent((UUID) row[0], id -> new java.util.TreeSet<>()).add((String) row[1]));
        return agencies;
    }

    @Override
    public boolean isSubjectOfCaseSharedWith(UUID partyId, String agency) {
        Number count = (Number) em.createNativeQuery("select count(*) from case_subject s join case_file c on c.id = s.case_id "
                + "join case_share sh on sh.case_id = c.id where s.party_id = ?1 and sh.agency = ?2 and c.releasability = 'SHARED'")
                .setParameter(1, partyId).setParameter(2, agency).getSingleResult();
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
