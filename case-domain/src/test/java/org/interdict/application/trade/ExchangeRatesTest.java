package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.InvalidLinesException;
import org.interdict.application.Page;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Caller;
import org.interdict.application.security.NoReleases;
import org.interdict.application.security.Role;
import org.interdict.domain.model.audit.AuditEntry;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.trade.ExchangeRate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

class ExchangeRatesTest {

    /** The rates held, by "CUR YYYY-MM", as the database would hold them. */
    private final Map<String, ExchangeRateStore.HeldRate> held = new TreeMap<>();
    private final Map<String, String> packaged = new HashMap<>();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-07-15T10:00:00Z"), ZoneOffset.UTC);

    private final ExchangeRateStore store = new ExchangeRateStore() {
        @Override
        public List<ExchangeRate> all() {
            return held.values().stream().map(ExchangeRateStore.HeldRate::rate).toList();
        }

        @Override
        public Page<HeldRate> list(String currency, int offset, int limit) {
            List<HeldRate> of = held.values().stream().filter(h -> h.currency().equals(currency))
                    .sorted(Comparator.comparing(HeldRate::month).reversed()).toList();
            return new Page<>(of.subList(Math.min(offset, of.size()), Math.min(offset + limit, of.size())), of.size(), offset, limit);
        }

        @Override
        public List<CurrencyRates> currencies() {
            throw new UnsupportedOperationException("a query of the database; its IT covers it");
        }

        @Override
        public List<HeldRate> held(Collection<ExchangeRate> rates) {
            return rates.stream().map(r -> held.get(key(r))).filter(h -> h != null).toList();
        }

        @Override
        public void put(Collection<ExchangeRate> rates, String loadedBy, Instant at) {
            rates.forEach(r -> held.put(key(r), new HeldRate(r.currency(), r.month(), r.unitsPerUsd(), r.source(), loadedBy, at)));
        }

        @Override
        public int addMissing(Collection<ExchangeRate> rates, String loadedBy, Instant at) {
            int added = 0;
            for (ExchangeRate r : rates) {
                if (held.putIfAbsent(key(r), new HeldRate(r.currency(), r.month(), r.unitsPerUsd(), r.source(), loadedBy, at)) == null) {
                    added++;
                }
            }
            return added;
        }

        @Override
        public boolean packagedLoaded(String name, String sha256) {
            return sha256.equals(packaged.get(name));
        }

        @Override
        public void packagedLoaded(String name, String sha256, int rows, Instant at) {
            packaged.put(name, sha256);
        }
    };

    private static String key(ExchangeRate r) {
        return r.currency() + " " + r.month();
    }

    private ExchangeRates as(String username, String agency, Role... roles) {
        Caller caller = new Caller(username, username, agency, Set.of(roles));
        AuditTrail trail = new AuditTrail() {
            @Override
            public void append(AuditEntry entry) {
                audited.add(entry);
            }

            @Override
            public List<org.interdict.domain.model.audit.AuditEvent> about(String targetType, String targetId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ChainVerification verify() {
                throw new UnsupportedOperationException();
            }
        };
        return new ExchangeRates(store, new AccessPolicy(() -> caller, new NoReleases()), new AuditRecorder(() -> caller, trail), clock);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorsUploadReplacesTheMonthsItHoldsAndTheAuditKeepsWhatItReplaced() {
        ExchangeRates fiona = as("fiona", "ECA", Role.ADMIN);
        ExchangeRates.Loaded first = fiona.upload(csv("currency,month,units_per_usd\nRUB,2024-03,91.00\nRUB,2024-04,92.00\n"),
                "Bank of Russia");
        assertEquals(new ExchangeRates.Loaded(List.of("Bank of Russia"), List.of("RUB"), YearMonth.of(2024, 3), YearMonth.of(2024, 4),
                2, 0, 0), first);

        ExchangeRates.Loaded second = fiona.upload(csv("currency,month,units_per_usd,source\nRUB,2024-04,92.37,\n"
                + "KZT,2024-04-01,447.2,National Bank of Kazakhstan\n"), "Bank of Russia");
        assertEquals(1, second.replaced());
        assertEquals(List.of("KZT", "RUB"), second.currencies());
        assertEquals(new BigDecimal("92.37"), held.get("RUB 2024-04").unitsPerUsd());
        assertEquals("fiona", held.get("RUB 2024-04").loadedBy());

        assertEquals(2, audited.size());
        AuditEntry event = audited.get(1);
        assertEquals("EXCHANGE_RATES_LOADED", event.action());
        assertEquals("exchange-rates", event.targetType());
        assertEquals("KZT,RUB", event.targetId());
        String details = event.detailsJson();
        assertTrue(details.contains("\"sources\":[\"Bank of Russia\",\"National Bank of Kazakhstan\"]"), details);
        assertTrue(details.contains("\"months\":[\"2024-04\"]"), details);
        assertTrue(details.contains("\"count\":2"), details);
        assertTrue(details.contains("\"replacedCount\":1"), details);
        assertTrue(details.contains("RUB 2024-04: 92.00 per USD from Bank of Russia, loaded by fiona"), details);

        RateTable.Conversion c = fiona.table().toUsd(new BigDecimal("923700"), "RUB", LocalDate.of(2024, 4, 2)).orElseThrow();
        assertEquals(new BigDecimal("10000.00"), c.usd());
    }

    @Test
    void aFileWithOneBadLineStoresNothingAndAuditsNothing() {
        ExchangeRates fiona = as("fiona", "ECA", Role.ADMIN);
        InvalidLinesException refused = assertThrows(InvalidLinesException.class, () -> fiona.upload(
                csv("currency,month,units_per_usd\nRUB,2024-03,91.00\nRUB,2024-14,92.00\n"), "Bank of Russia"));
        assertEquals(3, refused.problems().get(0).line());
        assertTrue(held.isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void onlyAdministratorsLoadRatesAndPartnersDoNotReadThem() {
        ExchangeRates alice = as("alice", "ECA", Role.ANALYST);
        assertThrows(AccessDeniedException.class, () -> alice.upload(csv("currency,month,units_per_usd\nRUB,2024-03,91\n"), "CBR"));
        assertTrue(held.isEmpty());
        as("fiona", "ECA", Role.ADMIN).upload(csv("currency,month,units_per_usd\nRUB,2024-03,91\nRUB,2024-05,93\n"), "CBR");
        Page<ExchangeRateStore.HeldRate> page = alice.list("rub", 0, 50);
        assertEquals(List.of(YearMonth.of(2024, 5), YearMonth.of(2024, 3)), page.items().stream().map(ExchangeRateStore.HeldRate::month)
                .toList(), "newest first");
        assertThrows(AccessDeniedException.class, () -> as("paula", "PCU", Role.PARTNER).list("RUB", 0, 50));
    }

    @Test
    void thePackagedRatesLoadOnceAndNeverOverAnAdministratorsRate() {
        ExchangeRates fiona = as("fiona", "ECA", Role.ADMIN);
        fiona.upload(csv("currency,month,units_per_usd\nEUR,2024-03,0.95\n"), "ECB");
        int added = fiona.loadPackaged();
        assertEquals(FredRates.all().size() - 1, added, "all but the month the administrator loaded");
        assertEquals(new BigDecimal("0.95"), held.get("EUR 2024-03").unitsPerUsd());
        assertEquals("ECB", held.get("EUR 2024-03").source());
        assertEquals(FredRates.SOURCE, held.get("JPY 2024-03").source());
        assertEquals(ExchangeRates.PACKAGED_BY, held.get("JPY 2024-03").loadedBy());
        assertEquals(0, fiona.loadPackaged(), "a second deployment finds this version loaded");
    }
}
