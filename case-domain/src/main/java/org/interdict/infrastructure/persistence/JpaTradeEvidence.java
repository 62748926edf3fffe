package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.application.evidence.TradeEvidence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Trade records linked to cases, in PostgreSQL (table {@code case_trade_record}, migration V15). Linking
 * many records is one statement over an array; a link that exists already is skipped by the primary key,
 * so that linking is idempotent and the statement returns only the new links.
 */
@ApplicationScoped
public class JpaTradeEvidence implements TradeEvidence {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> link(UUID caseId, Collection<UUID> tradeRecords, String linkedBy, Instant linkedAt) {
        if (tradeRecords.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("insert into case_trade_record (case_id, trade_record_id, linked_by, linked_at) "
                + "select cast(?1 as uuid), r, cast(?3 as varchar), cast(?4 as timestamptz) "
                + "from unnest(cast(?2 as uuid[])) with ordinality as t(r, n) order by n "
                + "on conflict (case_id, trade_record_id) do nothing returning trade_record_id")
                .setParameter(1, caseId).setParameter(2, tradeRecords.toArray(UUID[]::new)).setParameter(3, linkedBy)
                .setParameter(4, OffsetDateTime.ofInstant(linkedAt, ZoneOffset.UTC)).getResultList();
    }

    @Override
    public boolean unlink(UUID caseId, UUID tradeRecord) {
        return em.createNativeQuery("delete from case_trade_record where case_id = ?1 and trade_record_id = ?2")
                .setParameter(1, caseId).setParameter(2, tradeRecord).executeUpdate() > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Link> ofCase(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery("select trade_record_id, linked_by, linked_at from case_trade_record "
                + "where case_id = ?1 order by linked_at, trade_record_id").setParameter(1, caseId).getResultList();
        return rows.stream().map(r -> new Link((UUID) r[0], (String) r[1], NativeValues.instant(r[2]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> flaggedOf(UUID party, String agency) {
        return em.createNativeQuery("select id from trade_record where flagged and owning_agency = ?2 "
                + "and (exporter_party_id = ?1 or consignee_party_id = ?1) "
                + "order by declaration_date, declaration_number, line_number")
                .setParameter(1, party).setParameter(2, agency).getResultList();
    }
}
