package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.projection.SearchOutbox;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyRepository;
import org.interdict.domain.model.trade.HsCode;
import org.interdict.domain.model.trade.ImportBatch;
import org.interdict.domain.model.trade.ImportStatus;
import org.interdict.domain.model.trade.NameResolution;
import org.interdict.domain.model.trade.RiskRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

class TradeImportServiceTest {

    private static final Set<String> TODAYS_LIST = Set.of("RU", "BY", "IR", "KP", "SY");
    private static final TradeImportService SERVICE = new TradeImportService(null, null, null, null, new ChpList(), null, null,
            null, null, null);
    private static final ImportBatch BATCH = ImportBatch.start(UUID.randomUUID(), "ECA", "f.csv", 1, "x", "UTF-8", ",", "alice",
            Instant.now());
    private static final TradeImportService.Rules RISK = new TradeImportService.Rules(RiskRule.forDestinations(TODAYS_LIST),
            RateTable.of(List.of(new org.interdict.domain.model.trade.ExchangeRate("EUR", java.time.YearMonth.of(2024, 2),
                    new BigDecimal("0.8"), "ECB"))));

    @Test
    void listedGoodsToASanctionedDestinationAreFlaggedWithTheirTier() {
        TradeImports.TradeRecordRow row = SERVICE.assess(line("8542.31.90", "RU", "USD"), BATCH, RISK, null, null);
        assertEquals("1", row.chpTier());
        assertTrue(row.flagged());
        assertEquals(new BigDecimal("100.00"), row.valueUsd());
        assertEquals("ECA", row.agency());
    }

    @Test
    void listedGoodsElsewhereKeepTheirTierUnflaggedAndUnlistedGoodsHaveNone() {
        TradeImports.TradeRecordRow elsewhere = SERVICE.assess(line("851762", "KZ", "EUR"), BATCH, RISK, null, null);
        assertEquals("2", elsewhere.chpTier());
        assertFalse(elsewhere.flagged());
        assertEquals(new BigDecimal("125.00"), elsewhere.valueUsd(), "100 EUR at 0.8 EUR per USD (February's rate: March has none)");
        assertEquals(java.time.YearMonth.of(2024, 2), elsewhere.usd().month());
        assertEquals("ECB", elsewhere.usd().source());
        assertNull(SERVICE.assess(line("851762", "KZ", "KZT"), BATCH, RISK, null, null).valueUsd(), "no rate of KZT: no USD");
        TradeImports.TradeRecordRow horses = SERVICE.assess(line("010121", "RU", "USD"), BATCH, RISK, null, null);
        assertNull(horses.chpTier());
        assertFalse(horses.flagged());
    }

    @Test
    void anImportFlagsByTheSanctionedDestinationsAsTheyStandWhenItStarts() throws IOException {
        Fakes today = new Fakes();
        today.run(HEADER + row("D-1", 1, "Alpha Ltd", "Goods"));
        assertTrue(today.records.get(0).flagged(), "tier 1 goods to RU, on today's list");

        Fakes withoutRussia = new Fakes();
        withoutRussia.sanctioned = Set.of("BY", "IR", "KP", "SY");
        withoutRussia.run(HEADER + row("D-1", 1, "Alpha Ltd", "Goods"));
        assertEquals(ImportStatus.DONE, withoutRussia.status);
        assertEquals("1", withoutRussia.records.get(0).chpTier());
        assertFalse(withoutRussia.records.get(0).flagged(), "RU was taken off the list");
        assertEquals(1, withoutRussia.listReads, "the list is read once per import, not per line");
    }

    @Test
    void aChunkTheDatabaseRefusesIsStoredLineByLineAndOnlyTheLineItRefusesIsRefused() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append(row("D-1", 1, "Alpha Ltd", "Goods"));
        csv.append(row("D-1", 2, "Ghost Ltd", Fakes.REFUSED));
        csv.append(row("D-1", 3, "Gamma Ltd", "Goods"));
        csv.append(row("D-1", 4, "Alpha Ltd", "Goods").replace("2024-03-01", "2024-02-30"));
        for (int i = 5; i <= TradeImportService.CHUNK; i++) {
            csv.append(row("D-2", i, "Alpha Ltd", "Goods"));
        }
        csv.append(row("D-3", 1, "Ghost Ltd", "Goods")); // the next chunk
        Fakes db = new Fakes();
        db.run(csv.toString());

        assertEquals(ImportStatus.DONE, db.status);
        assertNull(db.error);
        assertEquals(TradeImportService.CHUNK + 1, db.linesRead);
        assertEquals(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, db.bytesRead,
                "the reader has come to the end of the file");
        assertEquals(TradeImportService.CHUNK - 1, db.stored);
        assertEquals(2, db.rejected);
        assertEquals(Map.of(3L, "the database refused this line: a value is longer than its column holds",
                5L, "date '2024-02-30' is neither a date (2024-03-31, 31.03.2024 or 31/03/2024) nor a month (2024-03, 03.2024, Mar 2024, март 2024)"), db.rejections);
        assertEquals(TradeImportService.CHUNK - 1, db.records.size());
        for (TradeImports.TradeRecordRow r : db.records) {
            assertTrue(db.parties.containsKey(r.exporterParty()) && db.parties.containsKey(r.consigneeParty()),
                    "line " + r.line().line() + " is linked to parties that exist");
        }
        assertEquals(1, db.parties.values().stream().filter(p -> p.primaryName().equals("Ghost Ltd")).count(),
                "the party planned for the refused line was never created, and the next line of its name has its own");
        assertEquals(1, db.parties.values().stream().filter(p -> p.primaryName().equals("Alpha Ltd")).count());
    }

    @Test
    void aLineWhoseExporterNoPartyCanBeMadeOfIsRefusedAndTheOthersStored() throws IOException {
        // The import keeps names as written; a party's name may not hold a noncharacter (PlainText), so no party can be made of it.
        String noPartyName = "Evil \uFFFE Trading";
        Fakes db = new Fakes();
        db.run(HEADER + row("D-1", 1, "Alpha Ltd", "Goods") + row("D-1", 2, noPartyName, "Goods")
                + row("D-1", 3, "Gamma Ltd", "Goods"));
        assertEquals(ImportStatus.DONE, db.status);
        assertEquals(2, db.stored);
        assertEquals(1, db.rejected);
        assertTrue(db.rejections.get(3L).startsWith("exporter '") && db.rejections.get(3L).contains("cannot be recorded as a party: "),
                db.rejections.get(3L));
    }

    @Test
    void whenTheDatabaseFailsForAnotherReasonTheBatchFailsWithAMessageForAnOperatorNotSql() throws IOException {
        Fakes db = new Fakes();
        db.run(HEADER + row("D-1", 1, "Alpha Ltd", "Goods") + row("D-1", 2, "Beta Ltd", Fakes.CONNECTION_LOST));
        assertEquals(ImportStatus.FAILED, db.status);
        assertTrue(db.error.startsWith("The import stopped after 0 lines because of an internal error"), db.error);
        assertTrue(db.error.contains("import the file again"), db.error);
        assertFalse(db.error.toLowerCase(java.util.Locale.ROOT).contains("insert into"), db.error);
        assertEquals(0, db.stored);
    }

    @Test
    void aFileWhoseHeaderNoLongerFitsFailsWithTheReaderMessage() throws IOException {
        Fakes db = new Fakes();
        db.run("a,b\n1,2\n");
        assertEquals(ImportStatus.FAILED, db.status);
        assertTrue(db.error.startsWith("The header has no column for date, hs_code"), db.error);
    }

    private static final String HEADER = "declaration_number,line,date,hs_code,goods_description,exporter,consignee,origin_country,"
            + "dispatch_country,destination_country,value,currency,quantity,unit,net_weight_kg\n";

    private static String row(String declaration, int item, String exporter, String description) {
        return declaration + "," + item + ",2024-03-01,854231," + description + "," + exporter + ",Beta LLC,CN,HK,RU,100,USD,1,pcs,1\n";
    }

    /**
     * The import's ports in memory, with transactions: what a chunk's write changes is kept only when
     * it returns. The database refuses a record whose description is {@link #REFUSED} for a reason of
     * its data, and fails on {@link #CONNECTION_LOST} for another.
     */
    static final class Fakes {

        static final String REFUSED = "REFUSED BY THE DATABASE";
        static final String CONNECTION_LOST = "CONNECTION LOST";

        final UUID batchId = UUID.randomUUID();
        List<TradeImports.TradeRecordRow> records = new ArrayList<>();
        Map<Long, String> rejections = new TreeMap<>();
        Map<UUID, Party> parties = new HashMap<>();
        Map<String, NameResolution> names = new HashMap<>();
        Set<String> sanctioned = TODAYS_LIST;
        int listReads;
        ImportStatus status = ImportStatus.RUNNING;
        String error;
        long linesRead;
        long bytesRead;
        long stored;
        long rejected;

        /** A refusal for a reason of the data, as the database adapter tells one. */
        static final class DataRefused extends RuntimeException {
            DataRefused() {
                super("ERROR: value too long for type character varying(2000); insert into trade_record ...");
            }
        }

        void run(String csv) throws IOException {
            Path file = Files.createTempFile("trade-import-test", ".csv");
            Files.writeString(file, csv);
            TradeRecordWriter writer = new TradeRecordWriter(imports, proxy(SearchOutbox.class, (m, a) -> null), resolutions,
                    proxy(PartyRepository.class, (m, a) -> {
                        if (m.equals("add") && a[0] instanceof Party p) {
                            parties.put(p.id(), p);
                        }
                        return null;
                    }), proxy(AuditTrail.class, (m, a) -> null)) {
                @Override
                public Map<String, NameResolutions.Settled> write(ImportCounts counts, ImportBatch batch,
                        List<TradeImports.TradeRecordRow> rows, List<CustomsFile.Rejection> refused, PartyResolution.Plan plan,
                        ImportNames known) {
                    var records = new ArrayList<>(Fakes.this.records);
                    var rejections = new TreeMap<>(Fakes.this.rejections);
                    var parties = new HashMap<>(Fakes.this.parties);
                    var names = new HashMap<>(Fakes.this.names);
                    try {
                        return super.write(counts, batch, rows, refused, plan, known);
                    } catch (RuntimeException e) {
                        Fakes.this.records = records;
                        Fakes.this.rejections = rejections;
                        Fakes.this.parties = parties;
                        Fakes.this.names = names;
                        throw e;
                    }
                }
            };
            SanctionedDestinations destinations = proxy(SanctionedDestinations.class, (m, a) -> {
                if (!m.equals("countries")) {
                    throw new UnsupportedOperationException(m);
                }
                listReads++;
                return sanctioned;
            });
            ExchangeRates rates = new ExchangeRates() {
                @Override
                public RateTable table() {
                    return RateTable.of(List.of());
                }
            };
            new TradeImportService(imports, resolutions, matcher, writer, new ChpList(), destinations, new HsNomenclature(), null,
                    null, rates).run(batchId, file, CustomsFile.Layout.DEFAULT);
            assertFalse(Files.exists(file), "the upload is deleted");
        }

        final TradeImports imports = new TradeImports() {
            @Override
            public void begin(ImportBatch batch) {
            }

            @Override
            public void progress(UUID id, long read, long stored, long rejected, long duplicates, long bytes) {
                linesRead = read;
                bytesRead = bytes;
                Fakes.this.stored = stored;
                Fakes.this.rejected = rejected;
            }

            @Override
            public boolean conclude(ImportBatch ended) {
                Fakes.this.status = ended.status();
                Fakes.this.error = ended.error();
                return true;
            }

            @Override
            public Optional<ImportBatch> find(UUID id) {
                return Optional.of(ImportBatch.start(batchId, "ECA", "f.csv", 1, "x", "UTF-8", ",", "alice", Instant.now()));
            }

            @Override
            public List<ImportBatch> recent(String agency, int max) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<ImportBatch> latestOf(String agency, String sha256) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int abandonStale() {
                return 0;
            }

            @Override
            public void reject(UUID batch, List<CustomsFile.Rejection> refused) {
                refused.forEach(r -> rejections.putIfAbsent(r.line(), r.reason()));
            }

            @Override
            public void rejections(UUID batch, Consumer<CustomsFile.Rejection> each) {
                rejections.forEach((line, reason) -> each.accept(new CustomsFile.Rejection(line, reason)));
            }

            @Override
            public List<UUID> store(List<TradeRecordRow> rows) {
                for (TradeRecordRow r : rows) {
                    if (REFUSED.equals(r.line().description())) {
                        throw new DataRefused();
                    }
                    if (CONNECTION_LOST.equals(r.line().description())) {
                        throw new IllegalStateException("I/O error: insert into trade_record (id, owning_agency) values (...)");
                    }
                }
                List<UUID> ids = new ArrayList<>();
                for (TradeRecordRow r : rows) {
                    boolean held = records.stream().anyMatch(o -> o.line().declaration().equals(r.line().declaration())
                            && o.line().item() == r.line().item());
                    if (!held) {
                        records.add(r);
                        ids.add(r.id());
                    }
                }
                return ids;
            }

            @Override
            public Optional<String> refusal(RuntimeException failure) {
                return failure instanceof DataRefused ? Optional.of("a value is longer than its column holds") : Optional.empty();
            }

            @Override
            public List<StoredRecord> records(java.util.Collection<UUID> ids) {
                throw new UnsupportedOperationException();
            }
        };

        final NameResolutions resolutions = proxy(NameResolutions.class, (method, args) -> switch (method) {
            case "known" -> {
                Map<String, NameResolution> known = new HashMap<>();
                for (Object name : (java.util.Collection<?>) args[1]) {
                    if (names.containsKey(name)) {
                        known.put((String) name, names.get(name));
                    }
                }
                yield known;
            }
            case "settle" -> {
                Map<String, NameResolutions.Settled> settled = new HashMap<>();
                for (Object o : (List<?>) args[0]) {
                    NameResolution r = (NameResolution) o;
                    NameResolution held = names.putIfAbsent(r.name(), r);
                    settled.put(r.name(), new NameResolutions.Settled(held == null ? r : held, held == null));
                }
                yield settled;
            }
            default -> throw new UnsupportedOperationException(method);
        });

        /** Remembers the parties of an import by the name as written, and finds them again by that name. */
        final PartyMatcher matcher = agency -> new PartyMatcher.Session() {
            private final Map<String, UUID> remembered = new HashMap<>();

            @Override
            public List<PartyMatcher.Match> indexed(List<PartyMatcher.Name> wanted, double floor) {
                return new ArrayList<>(java.util.Collections.nCopies(wanted.size(), null));
            }

            @Override
            public PartyMatcher.Match remembered(PartyMatcher.Name name) {
                UUID party = remembered.get(name.name());
                return party == null ? null : new PartyMatcher.Match(party, name.name(), 1.0, "the same name");
            }

            @Override
            public void remember(UUID party, String partyName, PartyMatcher.Name name) {
                remembered.put(name.name(), party);
            }
        };

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (p, method, args) -> answer.apply(method.getName(), args));
        }
    }

    private static CustomsFile.Line line(String hs, String destination, String currency) {
        return new CustomsFile.Line(2, "D:D-1#1", "D-1", 1, LocalDate.of(2024, 3, 1),
                org.interdict.domain.model.trade.DatePrecision.DAY, false, HsCode.parse(hs), null, "A", "B", "CN", "HK",
                destination, new BigDecimal("100"), currency, null, null, null);
    }
}
