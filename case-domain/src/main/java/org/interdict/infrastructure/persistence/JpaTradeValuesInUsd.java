package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.interdict.application.trade.RateTable;
import org.interdict.application.trade.TradeValuesInUsd;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Converts the records without a value in USD in one statement: for each, the rate of its currency of its
 * month or the nearest earlier one within the fallback, divided and rounded to the cent (half up, where an
 * import rounds half even: the two differ only on a value exactly half a cent off).
 */
@ApplicationScoped
@Transactional
public class JpaTradeValuesInUsd implements TradeValuesInUsd {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> convert(Collection<String> currencies) {
        if (currencies.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("with best as (select t.id, r.units_per_usd, r.month, r.source from trade_record t "
                + "join lateral (select e.units_per_usd, e.month, e.source from exchange_rate e where e.currency = t.currency "
                + "and e.month <= date_trunc('month', t.declaration_date)::date "
                + "and e.month >= (date_trunc('month', t.declaration_date) - make_interval(months => ?2))::date "
                + "order by e.month desc limit 1) r on true "
                + "where t.currency = any(cast(?1 as varchar[])) and t.value is not null and t.value_usd is null) "
                + "update trade_record t set value_usd = round(t.value / b.units_per_usd, 2), usd_rate = b.units_per_usd, "
                + "usd_rate_month = b.month, usd_rate_source = b.source from best b where t.id = b.id returning t.id")
                .setParameter(1, currencies.toArray(String[]::new)).setParameter(2, RateTable.FALLBACK_MONTHS).getResultList();
    }
}
