package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.application.evidence.EvidenceTexts;
import org.interdict.application.evidence.TextExtraction;
import org.interdict.application.evidence.TextStatus;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The text of evidence files in PostgreSQL (table {@code evidence_text}, migration V17), in native SQL. */
@ApplicationScoped
public class JpaEvidenceTexts implements EvidenceTexts {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void queue(UUID evidenceId) {
        // Text read before stays searchable until the new reading replaces it.
        em.createNativeQuery("insert into evidence_text (evidence_id, status) values (?1, ?2) on conflict (evidence_id) do update set "
                + "status = ?2, queued_at = now(), claimed_at = null, claimed_by = null, failure = null, attempts = 0")
                .setParameter(1, evidenceId).setParameter(2, TextStatus.PENDING.name()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Claim> claim(String node, Duration stale, int maxAttempts) {
        // Readers that never ended with an item, maxAttempts times: it is given up rather than taken again.
        em.createNativeQuery("update evidence_text set status = ?1, finished_at = now(), claimed_at = null, claimed_by = null, "
                + "failure = ?2 where status = ?3 and claimed_at < now() - make_interval(secs => ?4) and attempts >= ?5")
                .setParameter(1, TextStatus.FAILED.name())
                .setParameter(2, "Reading the file was started " + maxAttempts + " times and never ended (it may be too large or "
                        + "malformed for the reader); ask for it to be read again once an administrator has looked at the server log.")
                .setParameter(3, TextStatus.RUNNING.name()).setParameter(4, (double) stale.toSeconds()).setParameter(5, maxAttempts)
                .executeUpdate();
        List<Object[]> rows = em.createNativeQuery("update evidence_text t set status = ?4, claimed_at = now(), "
                + "claimed_by = ?1, attempts = t.attempts + 1 from evidence e "
                + "where e.id = t.evidence_id and t.evidence_id = (select evidence_id from evidence_text "
                + "where status = ?3 or (status = ?4 and claimed_at < now() - make_interval(secs => ?2)) "
                + "order by queued_at limit 1 for update skip locked) "
                + "returning t.evidence_id, e.sha256, e.media_type, e.owning_agency, t.attempts")
                .setParameter(1, node).setParameter(2, (double) stale.toSeconds())
                .setParameter(3, TextStatus.PENDING.name()).setParameter(4, TextStatus.RUNNING.name()).getResultList();
        return rows.stream().findFirst().map(r -> new Claim((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue()));
    }

    @Override
    public boolean done(Claim claim, String node, TextExtraction.Extracted extracted, long millis) {
        return em.createNativeQuery("update evidence_text set status = ?8, finished_at = now(), failure = null, content = ?2, "
                + "language = ?3, ocr = ?4, truncated = ?5, characters = ?6, extraction_ms = ?7, claimed_at = null, claimed_by = null "
                + "where evidence_id = ?1 and " + stillClaimed(9))
                .setParameter(1, claim.evidenceId()).setParameter(2, extracted.text()).setParameter(3, extracted.language())
                .setParameter(4, extracted.ocr()).setParameter(5, extracted.truncated())
                .setParameter(6, extracted.text().length()).setParameter(7, millis).setParameter(8, TextStatus.DONE.name())
                .setParameter(9, TextStatus.RUNNING.name()).setParameter(10, node).setParameter(11, claim.attempt())
                .executeUpdate() == 1;
    }

    @Override
    public boolean failed(Claim claim, String node, String reason, long millis) {
        String shown = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
        return em.createNativeQuery("update evidence_text set status = ?4, finished_at = now(), failure = ?2, "
                + "extraction_ms = ?3, claimed_at = null, claimed_by = null where evidence_id = ?1 and " + stillClaimed(5))
                .setParameter(1, claim.evidenceId()).setParameter(2, shown).setParameter(3, millis).setParameter(4, TextStatus.FAILED.name())
                .setParameter(5, TextStatus.RUNNING.name()).setParameter(6, node).setParameter(7, claim.attempt())
                .executeUpdate() == 1;
    }

    /**
     * The claim a reader holds is still its own: running, by this node, at the attempt it claimed (parameters
     * {@code first} to {@code first + 2}: the RUNNING status, the node, the attempt).
     */
    private static String stillClaimed(int first) {
        return "status = ?" + first + " and claimed_by = ?" + (first + 1) + " and attempts = ?" + (first + 2);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, State> states(Collection<UUID> evidenceIds) {
        Map<UUID, State> states = new HashMap<>();
        if (evidenceIds.isEmpty()) {
            return states;
        }
        List<Object[]> rows = em.createNativeQuery("select evidence_id, status, queued_at, finished_at, attempts, failure, language, "
                + "ocr, truncated, characters, extraction_ms from evidence_text where evidence_id = any(cast(?1 as uuid[]))")
                .setParameter(1, evidenceIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            states.put((UUID) r[0], new State(TextStatus.valueOf((String) r[1]), NativeValues.instant(r[2]), NativeValues.instant(r[3]),
                    ((Number) r[4]).intValue(), (String) r[5], (String) r[6], (Boolean) r[7], (Boolean) r[8],
                    r[9] == null ? null : ((Number) r[9]).intValue(), r[10] == null ? null : ((Number) r[10]).longValue()));
        }
        return states;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, String> texts(Collection<UUID> evidenceIds) {
        Map<UUID, String> texts = new HashMap<>();
        if (evidenceIds.isEmpty()) {
            return texts;
        }
        List<Object[]> rows = em.createNativeQuery("select evidence_id, content from evidence_text "
                + "where evidence_id = any(cast(?1 as uuid[])) and content is not null")
                .setParameter(1, evidenceIds.toArray(UUID[]::new)).getResultList();
        rows.forEach(r -> texts.put((UUID) r[0], (String) r[1]));
        return texts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<TextStatus, Long> backlog() {
        Map<TextStatus, Long> counts = new EnumMap<>(TextStatus.class);
        List<Object[]> rows = em.createNativeQuery("select status, count(*) from evidence_text group by status").getResultList();
        rows.forEach(r -> counts.put(TextStatus.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }
}
