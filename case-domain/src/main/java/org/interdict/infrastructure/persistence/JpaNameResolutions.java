package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.interdict.application.trade.NameResolutions;
import org.interdict.domain.model.party.TradeRole;
import org.interdict.domain.model.trade.NameResolution;
import org.interdict.domain.model.trade.ResolutionStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Name resolutions in PostgreSQL, keyed by agency and name as written: a chunk's names are claimed
 * with one {@code insert … on conflict do nothing} over arrays, so that two imports resolving the same
 * new name at once end with one resolution (the second waits for the first to commit, then reads it).
 */
@ApplicationScoped
@Transactional
public class JpaNameResolutions implements NameResolutions {

    private static final String COLUMNS = "id, owning_agency, name, status, party_id, candidate_party_id, score, evidence, "
            + "import_batch_id, created_at, decided_by, decided_at";

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public Map<String, NameResolution> known(String agency, Collection<String> names) {
        Map<String, NameResolution> known = new HashMap<>();
        if (!names.isEmpty()) {
            select("where owning_agency = ?1 and name = any(cast(?2 as varchar[]))", agency, names.toArray(String[]::new))
                    .forEach(r -> known.put(r.name(), r));
        }
        return known;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Settled> settle(List<NameResolution> resolutions) {
        int n = resolutions.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            NameResolution r = resolutions.get(i);
            String[] values = {r.id().toString(), r.agency(), r.name(), r.status().name(), text(r.party()), text(r.candidate()),
                r.score() == null ? null : BigDecimal.valueOf(r.score()).toPlainString(), clip(r.evidence()), text(r.batch())};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        var insert = em.createNativeQuery("insert into trade_name_resolution (" + COLUMNS + ") "
                + "select cast(a as uuid), b, c, d, cast(e as uuid), cast(f as uuid), cast(g as numeric), h, cast(i as uuid), "
                + "now(), null, null from unnest(cast(?1 as varchar[]), cast(?2 as varchar[]), cast(?3 as varchar[]), "
                + "cast(?4 as varchar[]), cast(?5 as varchar[]), cast(?6 as varchar[]), cast(?7 as varchar[]), "
                + "cast(?8 as varchar[]), cast(?9 as varchar[])) as t(a, b, c, d, e, f, g, h, i) "
                + "on conflict (owning_agency, name) do nothing returning id");
        for (int c = 0; c < columns.length; c++) {
            insert.setParameter(c + 1, columns[c]);
        }
        Set<UUID> ours = new HashSet<>(insert.getResultList());
        Map<String, Settled> settled = new HashMap<>();
        Map<String, List<String>> byAgency = new HashMap<>();
        resolutions.forEach(r -> byAgency.computeIfAbsent(r.agency(), a -> new java.util.ArrayList<>()).add(r.name()));
        byAgency.forEach((agency, names) -> known(agency, names)
                .forEach((name, r) -> settled.put(name, new Settled(r, ours.contains(r.id())))));
        return settled;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Proposal> proposals(String agency, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + ", (select count(*) from trade_record t "
                + "where t.owning_agency = r.owning_agency and ((t.exporter_party_id is null and t.exporter_name = r.name) "
                + "or (t.consignee_party_id is null and t.consignee_name = r.name))) "
                + "from trade_name_resolution r where owning_agency = ?1 and status = ?4 "
                + "order by created_at desc, name offset ?2 limit ?3")
                .setParameter(1, agency).setParameter(2, offset).setParameter(3, limit)
                .setParameter(4, ResolutionStatus.PROPOSED.name()).getResultList();
        return rows.stream().map(row -> new Proposal(resolution(row), ((Number) row[12]).longValue())).toList();
    }

    @Override
    public long countProposals(String agency) {
        return ((Number) em.createNativeQuery("select count(*) from trade_name_resolution where owning_agency = ?1 "
                + "and status = ?2").setParameter(1, agency).setParameter(2, ResolutionStatus.PROPOSED.name())
                .getSingleResult()).longValue();
    }

    @Override
    public Optional<NameResolution> find(UUID id) {
        return select("where id = ?1", id, null).stream().findFirst();
    }

    @Override
    public boolean decide(NameResolution decided) {
        if (decided.status().isOpen()) {
            throw new IllegalArgumentException(decided + " is not decided");
        }
        return em.createNativeQuery("update trade_name_resolution set status = ?1, party_id = ?2, decided_by = ?3, "
                + "decided_at = ?4 where id = ?5 and status = ?6").setParameter(1, decided.status().name())
                .setParameter(2, decided.party()).setParameter(3, decided.decidedBy())
                .setParameter(4, OffsetDateTime.ofInstant(decided.decidedAt(), ZoneOffset.UTC)).setParameter(5, decided.id())
                .setParameter(6, ResolutionStatus.PROPOSED.name()).executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> linkRecords(String agency, String name, UUID party) {
        List<UUID> exporters = em.createNativeQuery("update trade_record set exporter_party_id = ?1 where owning_agency = ?2 "
                + "and exporter_name = ?3 and exporter_party_id is null returning id")
                .setParameter(1, party).setParameter(2, agency).setParameter(3, name).getResultList();
        List<UUID> consignees = em.createNativeQuery("update trade_record set consignee_party_id = ?1 where owning_agency = ?2 "
                + "and consignee_name = ?3 and consignee_party_id is null returning id")
                .setParameter(1, party).setParameter(2, agency).setParameter(3, name).getResultList();
        Set<UUID> ids = new java.util.LinkedHashSet<>(exporters);
        ids.addAll(consignees);
        return List.copyOf(ids);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Seen> firstSeen(String agency, String name) {
        List<Object[]> rows = em.createNativeQuery("(select cast(?3 as varchar), coalesce(dispatch_country, origin_country), "
                + "created_at from trade_record where owning_agency = ?1 and exporter_name = ?2 order by created_at limit 1) "
                + "union all (select cast(?4 as varchar), destination_country, created_at from trade_record "
                + "where owning_agency = ?1 and consignee_name = ?2 order by created_at limit 1) order by 3 limit 1")
                .setParameter(1, agency).setParameter(2, name).setParameter(3, TradeRole.EXPORTER.name())
                .setParameter(4, TradeRole.CONSIGNEE.name()).getResultList();
        return rows.stream().findFirst().map(r -> new Seen(TradeRole.valueOf((String) r[0]),
                r[1] == null ? null : String.valueOf(r[1]).strip()));
    }

    @SuppressWarnings("unchecked")
    private List<NameResolution> select(String where, Object first, Object second) {
        var query = em.createNativeQuery("select " + COLUMNS + " from trade_name_resolution " + where).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(JpaNameResolutions::resolution).toList();
    }

    private static NameResolution resolution(Object[] row) {
        return NameResolution.restore((UUID) row[0], (String) row[1], (String) row[2], ResolutionStatus.valueOf((String) row[3]),
                (UUID) row[4], (UUID) row[5],
                row[6] == null ? null : ((Number) row[6]).doubleValue(), (String) row[7], (UUID) row[8],
                NativeValues.instant(row[9]), (String) row[10], NativeValues.instant(row[11]));
    }

    private static String text(UUID value) {
        return value == null ? null : value.toString();
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
