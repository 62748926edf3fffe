package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.interdict.application.projection.RecordType;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseNote;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.casefile.CaseStatus;
import org.interdict.domain.model.casefile.CaseTask;
import org.interdict.domain.model.casefile.Proposal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Cases, notes, tasks and proposals in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('case_reference_seq')").getSingleResult()).longValue();
    }

    @Override
    public void add(CaseFile caseFile) {
        em.persist(caseFile);
    }

    @Override
    public Optional<CaseFile> findByReference(String reference) {
        return em.createQuery("select c from CaseFile c where c.reference = :ref", CaseFile.class)
                .setParameter("ref", reference).getResultStream().findFirst();
    }

    @Override
    public Optional<CaseFile> findById(UUID id) {
        return Optional.ofNullable(em.find(CaseFile.class, id));
    }

    @Override
    public Optional<CaseFile> findByReferenceForUpdate(String reference) {
        return em.createQuery("select c from CaseFile c where c.reference = :ref", CaseFile.class)
                .setParameter("ref", reference).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(c -> {
                    // A row locked after waiting may have changed: read it as committed by the winner.
                    em.refresh(c);
                    return c;
                });
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<CaseFile> list(CaseFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<CaseFile> query = em.createQuery("select c from CaseFile c" + where(filter, parameters)
                + orderBy(filter.sort()), CaseFile.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList();
    }

    @Override
    public long count(CaseFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(c) from CaseFile c" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(CaseFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        List<String> visibility = new ArrayList<>();
        if (!filter.agencies().isEmpty()) {
            visibility.add("c.owningAgency in :agencies");
            parameters.put("agencies", filter.agencies());
        }
        if (filter.sharedWith() != null) {
            visibility.add(EffectiveRelease.PARTNER_SEES.formatted("c.id"));
            parameters.put("partner", filter.sharedWith());
            parameters.put("releaseType", RecordType.CASE);
        }
        if (visibility.isEmpty()) {
            visibility.add("1 = 0");
        }
        conditions.add("(" + String.join(" or ", visibility) + ")");
        if (filter.statuses() != null) {
            conditions.add("c.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.assignee() != null) {
            conditions.add("c.assignee = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.priorities() != null && !filter.priorities().isEmpty()) {
            conditions.add("c.priority in :priorities");
            parameters.put("priorities", filter.priorities());
        }
        if (filter.tag() != null) {
            conditions.add(":tag member of c.tags");
            parameters.put("tag", filter.tag());
        }
        if (filter.subject() != null) {
            conditions.add(":subject member of c.subjects");
            parameters.put("subject", filter.subject());
        }
        if (filter.dueBefore() != null) {
            conditions.add("c.dueDate < :dueBefore");
            parameters.put("dueBefore", filter.dueBefore());
        }
        if (filter.excludeProposedBy() != null) {
            conditions.add("not exists (select p from Proposal p where p.caseId = c.id and p.outcome is null "
                    + "and p.proposedBy = :proposer)");
            parameters.put("proposer", filter.excludeProposedBy());
        }
        return " where " + String.join(" and ", conditions);
    }

    private static String orderBy(Sort sort) {
        return switch (sort) {
            case REFERENCE -> " order by c.reference";
            case REFERENCE_DESC -> " order by c.reference desc";
            case DUE_DATE -> " order by c.dueDate asc nulls last, c.reference";
            case DUE_DATE_DESC -> " order by c.dueDate desc nulls last, c.reference";
            case UPDATED -> " order by c.updatedAt asc, c.reference";
            case UPDATED_DESC -> " order by c.updatedAt desc, c.reference";
            case PRIORITY -> " order by case c.priority when 'CRITICAL' then 0 when 'HIGH' then 1 "
                    + "when 'MEDIUM' then 2 else 3 end desc, c.dueDate asc nulls last, c.reference";
            case PRIORITY_DESC -> " order by case c.priority when 'CRITICAL' then 0 when 'HIGH' then 1 "
                    + "when 'MEDIUM' then 2 else 3 end, c.dueDate asc nulls last, c.reference";
        };
    }

    @Override
    public void add(CaseNote note) {
        em.persist(note);
    }

    @Override
    public List<CaseNote> notesOf(UUID caseId) {
        return em.createQuery("select n from CaseNote n where n.caseId = :id order by n.createdAt, n.id", CaseNote.class)
                .setParameter("id", caseId).getResultList();
    }

    @Override
    public void add(CaseTask task) {
        em.persist(task);
    }

    @Override
    public List<CaseTask> tasksOf(UUID caseId) {
        return em.createQuery("select t from CaseTask t where t.caseId = :id order by t.createdAt, t.id", CaseTask.class)
                .setParameter("id", caseId).getResultList();
    }

    @Override
    public Optional<CaseTask> findTask(UUID caseId, UUID taskId) {
        return em.createQuery("select t from CaseTask t where t.caseId = :case and t.id = :id", CaseTask.class)
                .setParameter("case", caseId).setParameter("id", taskId).getResultStream().findFirst();
    }

    @Override
    public Optional<CaseTask> findTaskForUpdate(UUID caseId, UUID taskId) {
        return em.createQuery("select t from CaseTask t where t.caseId = :case and t.id = :id", CaseTask.class)
                .setParameter("case", caseId).setParameter("id", taskId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(t -> {
                    // A row locked after waiting may have changed: read it as committed by the winner.
                    em.refresh(t);
                    return t;
                });
    }

    @Override
    public Map<UUID, Long> openTaskCounts(Collection<UUID> caseIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select t.caseId, count(t) from CaseTask t where t.caseId in :ids and t.doneAt is null "
                + "group by t.caseId", Object[].class)
                .setParameter("ids", caseIds).getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static final String OPEN_TASKS_OF = " from CaseTask t, CaseFile c where t.caseId = c.id and c.owningAgency = :agency "
            + "and t.assignee = :assignee and t.doneAt is null and c.status not in :closed";

    private static final List<CaseStatus> CLOSED = java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isClosed).toList();

    @Override
    public List<AssignedTask> openTasksOf(String agency, String assignee, int offset, int limit) {
        return em.createQuery("select t, c" + OPEN_TASKS_OF + " order by t.dueDate asc nulls last, t.createdAt desc, t.id",
                        Object[].class)
                .setParameter("agency", agency).setParameter("assignee", assignee).setParameter("closed", CLOSED)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> new AssignedTask((CaseTask) row[0], (CaseFile) row[1])).toList();
    }

    @Override
    public long countOpenTasksOf(String agency, String assignee) {
        return em.createQuery("select count(t)" + OPEN_TASKS_OF, Long.class)
                .setParameter("agency", agency).setParameter("assignee", assignee).setParameter("closed", CLOSED)
                .getSingleResult();
    }

    @Override
    public void add(Proposal proposal) {
        em.persist(proposal);
    }

    @Override
    public List<Proposal> proposalsOf(UUID caseId) {
        return em.createQuery("select p from Proposal p where p.caseId = :id order by p.proposedAt", Proposal.class)
                .setParameter("id", caseId).getResultList();
    }

    @Override
    public Optional<Proposal> pendingProposalOf(UUID caseId) {
        return em.createQuery("select p from Proposal p where p.caseId = :id and p.outcome is null "
                + "order by p.proposedAt desc", Proposal.class)
                .setParameter("id", caseId).setMaxResults(1).getResultStream().findFirst();
    }
}
