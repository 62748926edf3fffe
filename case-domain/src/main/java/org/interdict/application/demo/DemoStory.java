package org.interdict.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.casefile.CaseInput;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseTaskService;
import org.interdict.application.casefile.TaskInput;
import org.interdict.application.casefile.ProposalInput;
import org.interdict.application.casefile.ProposalInput.ReasonInput;
import org.interdict.application.evidence.CaseEvidence;
import org.interdict.application.evidence.ContentTypes;
import org.interdict.application.evidence.EvidenceInput;
import org.interdict.application.evidence.EvidenceService;
import org.interdict.application.evidence.EvidenceStore;
import org.interdict.application.evidence.EvidenceTexts;
import org.interdict.application.evidence.EvidenceUploads;
import org.interdict.application.evidence.TradeEvidence;
import org.interdict.application.identity.UserDirectory;
import org.interdict.application.party.PartyInput.AddressInput;
import org.interdict.application.party.PartyInput.AliasInput;
import org.interdict.application.party.PartyInput.IdentifierInput;
import org.interdict.application.party.PartyInput;
import org.interdict.application.party.PartyService;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Caller;
import org.interdict.application.security.EffectiveReleases;
import org.interdict.application.security.Releases;
import org.interdict.application.security.Role;
import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.agency.Agency;
import org.interdict.domain.model.agency.AgencyRepository;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.casefile.CaseRepository.CaseFilter;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.casefile.DecisionOutcome;
import org.interdict.domain.model.designation.DesignationRepository;
import org.interdict.domain.model.evidence.EvidenceRepository;
import org.interdict.domain.model.party.PartyRepository;
import org.interdict.domain.model.shared.Releasability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The demo data: the public reporting of 2023–2024 on Russian customs records (see DESIGN.md), told
 * as cases in every state of the workflow, so that the first screen a new user sees already shows
 * the story. Each step is taken through the application services as the demo user who would take
 * it, so the workflow rules, four eyes and the audit trail apply as they do to real work.
 *
 * <p>Every proposal relies on evidence, as the rules demand: the story attaches small files to each case
 * it proposes on (summaries written for the demo, under {@code demo/evidence/}) and cites them in the
 * reasons. The demo's trade records are imported by the launcher after the application has started,
 * so the story cannot link them; an analyst links them to a case like any others.
 *
 * <p>Loaded only where {@code interdict.demo-data=true}, and only into a database without cases.
 * Parties marked "(fictional)" stand in for intermediaries that the reporting does not name.
 */
@ApplicationScoped
public class DemoStory {

    private CaseRepository caseRepository;
    private PartyRepository partyRepository;
    private DesignationRepository designationRepository;
    private AgencyRepository agencies;
    private AuditTrail trail;
    private Releases releases;
    private EffectiveReleases effectiveReleases;
    private SearchOutbox outbox;
    private UserDirectory directory;
    private EvidenceRepository evidenceRepository;
    private TradeEvidence tradeEvidence;
    private TradeImports tradeImports;
    private EvidenceStore evidenceStore;
    private EvidenceTexts evidenceTexts;
    private ContentTypes contentTypes;
    private EvidenceUploads uploads;
    private boolean enabled;

    /** For the CDI container's client proxy. */
    protected DemoStory() {
    }

    @Inject
    public DemoStory(CaseRepository caseRepository, PartyRepository partyRepository,
            DesignationRepository designationRepository, AgencyRepository agencies, AuditTrail trail, Releases releases,
            EffectiveReleases effectiveReleases, SearchOutbox outbox, UserDirectory directory, EvidenceRepository evidenceRepository,
            TradeEvidence tradeEvidence, TradeImports tradeImports, EvidenceStore evidenceStore, EvidenceTexts evidenceTexts, ContentTypes contentTypes,
            EvidenceUploads uploads, @ConfigProperty(name = "interdict.demo-data", defaultValue = "false") boolean enabled) {
        this.caseRepository = caseRepository;
        this.partyRepository = partyRepository;
        this.designationRepository = designationRepository;
        this.agencies = agencies;
        this.trail = trail;
        this.releases = releases;
        this.effectiveReleases = effectiveReleases;
        this.outbox = outbox;
        this.directory = directory;
        this.evidenceRepository = evidenceRepository;
        this.tradeEvidence = tradeEvidence;
        this.tradeImports = tradeImports;
        this.evidenceStore = evidenceStore;
        this.evidenceTexts = evidenceTexts;
        this.contentTypes = contentTypes;
        this.uploads = uploads;
        this.enabled = enabled;
    }

    /** Tells the story once: returns false when demo data is off or the database already has cases. */
    @Transactional
    public boolean tellIfEmpty() {
        List<String> all = agencies.findAll().stream().map(Agency::code).toList();
        if (!enabled || all.isEmpty() || caseRepository.count(new CaseFilter(all, null, null, null, null, null,
                CaseRepository.Sort.REFERENCE, 0, 1)) > 0) {
            return false;
        }
        tell();
        return true;
    }

    private void tell() {
        Actor alice = as("alice", "Alice Marsh", "ECA", Role.ANALYST);
        Actor bruno = as("bruno", "Bruno Keller", "ECA", Role.ANALYST);
        Actor carla = as("carla", "Carla Reyes", "ECA", Role.SUPERVISOR, Role.ANALYST);
        Actor dmitri = as("dmitri", "Dmitri Volkov", "ECA", Role.SUPERVISOR, Role.ANALYST);
        Actor olga = as("olga", "Olga Berg", "OSI", Role.ANALYST);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // Body armour and helmets: a catalogue ordered by the hundred thousand by a consignee in Buryatia.
        UUID silva = alice.party(company("Silva LLC", "RU", List.of(
                        alias("ООО «Сильва»", "ru"), alias("OOO Silva", null), alias("SILVA, OOO", null)),
                List.of(new AddressInput(null, "Ulan-Ude", "Republic of Buryatia", null, "RU")), "CONSIGNEE"));
        UUID shanghaiHWin = alice.party(company("Shanghai H Win Co., Ltd.", "CN", List.of(alias("Shanghai H-Win", null)),
                List.of(new AddressInput(null, "Shanghai", null, null, "CN")), "EXPORTER"));
        alice.parties.relate(shanghaiHWin, "SHIPS_TO", silva, "Helmets and body armour from the manufacturer's catalogue");
        String armour = alice.open("Body armour and helmets to a consignee in Buryatia", "HIGH", today.plusDays(14),
                List.of("body-armour", "chp"), "Customs records show catalogue items (body armour, helmets) ordered by "
                        + "the hundred thousand by Silva, a consignee registered in Buryatia, from Shanghai H Win.",
                silva, shanghaiHWin);
        alice.cases.addNote(armour, "Declarations list the manufacturer's catalogue numbers verbatim; quantities "
                + "exceed any civilian demand in the region.");
        alice.cases.startInvestigation(armour, version(armour));
        alice.cases.addNote(armour, "Consignee registered months before the first shipment; no prior trade history.");
        String armourCustoms = alice.attach(armour, "silva-customs-summary.pdf", "Customs records summary (excerpt): the "
                + "declarations naming Silva LLC as consignee and Shanghai H Win as exporter.",
                "Customs records (public reporting 2023-2024)", today.minusDays(20));
        String armourRegistry = alice.attach(armour, "silva-registration-note.txt", "Analyst's note on Silva LLC's company "
                + "register extract: registration date, registered activity, no prior trade.", "Company register extract",
                today.minusDays(12));
        alice.cases.propose(armour, version(armour), new ProposalInput("EXPORT_BAN", "Export control regulation, art. 4 "
                + "(end use for armed forces)", "Silva LLC receives protective equipment in quantities consistent only "
                + "with military end use; Shanghai H Win is the exporter of record.", null, List.of(), List.of(
                        new ReasonInput("Every declaration names Shanghai H Win as exporter and Silva LLC as consignee of "
                                + "body armour and helmets from the manufacturer's catalogue.", List.of(armourCustoms)),
                        new ReasonInput("The quantities, by the hundred thousand, are consistent only with equipping armed "
                                + "units.", List.of(armourCustoms)),
                        new ReasonInput("Silva LLC was registered months before the first shipment, for another activity, "
                                + "and has no prior trade history.", List.of(armourRegistry)))));
        // Overdue: the certificate was due three days ago and has not come.
        alice.task(armour, "Request the end-user certificate from Silva LLC", "alice", today.minusDays(3));

        // Drones through a Hong Kong intermediary under a contract with a trading company.
        UUID iflight = bruno.party(company("iFlight Technology Company Limited", "CN", List.of(alias("iFlight", null)),
                List.of(new AddressInput(null, "Shenzhen", "Guangdong", null, "CN")), "EXPORTER"));
        UUID dji = bruno.party(company("SZ DJI Technology Co., Ltd.", "CN", List.of(alias("深圳市大疆创新科技有限公司", "zh"),
                alias("DJI", null)), List.of(new AddressInput(null, "Shenzhen", "Guangdong", null, "CN")), "MANUFACTURER"));
        UUID kowloon = bruno.party(new PartyInput("COMPANY", "Kowloon Demo Trading Limited (fictional)", "HK", null,
                List.of(alias("九龍示範貿易有限公司", "zh")), List.of(new IdentifierInput("HK_CR", "3141592", "HK")),
                List.of(new AddressInput("Nathan Road", "Kowloon", null, null, "HK")), List.of("INTERMEDIARY")));
        bruno.parties.relate(iflight, "SHIPS_TO", kowloon, "Contract for drones, deliveries via Hong Kong");
        String drones = bruno.open("Drones bought through a Hong Kong intermediary", "CRITICAL", today.plusDays(7),
                List.of("uav", "chp", "hong-kong"), "Drones worth over $100 M in one year reached the armed forces "
                        + "through a Hong Kong intermediary under a contract with iFlight; the brand owner (DJI) says it cut ties.",
                iflight, kowloon);
        bruno.cases.startInvestigation(drones, version(drones));
        bruno.cases.addNote(drones, "DJI states it suspended business in the region in 2022; its name still appears "
                + "on declarations as manufacturer. Keep DJI as a related party, not a subject, until evidence shows otherwise.");
        bruno.cases.addSubject(drones, version(drones), dji);
        bruno.cases.removeSubject(drones, version(drones), dji);
        carla.cases.release(drones, version(drones), Releasability.SHARED.name(), List.of("PCU"));
        bruno.task(drones, "Ask Hong Kong's Companies Registry for Kowloon Demo Trading's directors", "bruno", today.plusDays(3));
        UUID contract = bruno.task(drones, "Obtain the iFlight contract from the customs broker", "bruno", today.minusDays(1));
        bruno.tasks.complete(drones, contract);

        // Thermal imaging cores on the Common High Priority list: designated.
        UUID wgst = alice.party(company("Wuhan Global Sensor Technology Co., Ltd.", "CN",
                List.of(alias("武汉高芯科技有限公司", "zh"), alias("Global Sensor Technology", null)),
                List.of(new AddressInput(null, "Wuhan", "Hubei", null, "CN")), "MANUFACTURER", "EXPORTER"));
        String thermal = alice.open("Thermal imaging cores from Wuhan", "HIGH", null, List.of("thermal", "chp-tier-2"),
                "Uncooled infrared detectors (CHP list) supplied by Wuhan Global Sensor Technology to defence producers.", wgst);
        alice.cases.startInvestigation(thermal, version(thermal));
        String thermalShipments = alice.attach(thermal, "wgst-shipments-summary.txt", "Shipments of thermal imaging cores: the "
                + "declarations naming Wuhan Global Sensor Technology as manufacturer and exporter.",
                "Customs records (public reporting 2023-2024)", today.minusDays(40));
        String thermalEndUse = alice.attach(thermal, "thermal-end-user-documents.txt", "End-user documents on file: what the "
                + "end-user statements for the cores say about their final user.", "End-user statements", today.minusDays(35));
        dmitri.cases.propose(thermal, version(thermal), new ProposalInput("ASSET_FREEZE", "Sanctions regulation, art. 2 "
                + "(support to military-industrial complex)", "Supplier of thermal imaging cores integrated in weapon "
                + "sights used by the armed forces.", null, List.of(), List.of(
                        new ReasonInput("Wuhan Global Sensor Technology manufactures and exports uncooled thermal imaging "
                                + "cores, items of the Common High Priority list.", List.of(thermalShipments)),
                        new ReasonInput("The cores go to the integrator of weapon sights used by the armed forces, as the "
                                + "end-user statements say.", List.of(thermalShipments, thermalEndUse)))));
        carla.cases.decide(thermal, version(thermal), DecisionOutcome.APPROVED.name(), "Shipment records and end-user documents corroborate each other.");
        carla.cases.publish(thermal, version(thermal), today);

        // Microelectronics and optics suppliers: opened, nobody has started yet.
        UUID ncrieo = alice.party(company("North China Research Institute of Electro-Optics", "CN",
                List.of(alias("华北光电技术研究所", "zh"), alias("NCRIEO", null)), List.of(), "MANUFACTURER"));
        UUID iray = alice.party(company("iRay Technology Co., Ltd.", "CN", List.of(alias("烟台艾睿光电科技有限公司", "zh"),
                alias("iRay", null)), List.of(new AddressInput(null, "Yantai", "Shandong", null, "CN")), "MANUFACTURER"));
        alice.open("Infrared optics from research institutes", "MEDIUM", today.plusDays(30), List.of("optics", "chp"),
                "Electro-optical components from a state research institute and a commercial maker found in "
                        + "recovered equipment.", ncrieo, iray);

        // Wuhan Tongsheng: returned for more work.
        UUID tongsheng = carla.party(company("Wuhan Tongsheng Technology Co., Ltd.", "CN", List.of(alias("Tongsheng", null)),
                List.of(new AddressInput(null, "Wuhan", "Hubei", null, "CN")), "EXPORTER"));
        String ceramics = carla.open("Components supplied by Wuhan Tongsheng", "MEDIUM", today.plusDays(21),
                List.of("microelectronics"), "Named supplier of CHP-listed components in 2024 reporting.", tongsheng);
        carla.cases.startInvestigation(ceramics, version(ceramics));
        String tongshengReporting = carla.attach(ceramics, "tongsheng-2024-reporting.txt", "Excerpt of 2024 reporting that names "
                + "Wuhan Tongsheng Technology among suppliers of CHP tier 1 microelectronics.", "Public reporting 2024",
                today.minusDays(10));
        carla.cases.propose(ceramics, version(ceramics), new ProposalInput("ENTITY_LISTING", "Export control regulation, annex IV",
                "Supplier of CHP tier 1 microelectronics to end users in the armed forces' supply chain.", null,
                List.of(tongshengReporting)));
        dmitri.cases.decide(ceramics, version(ceramics), DecisionOutcome.RETURNED.name(), "Attach the end-user documents before this can be decided.");
        carla.cases.assign(ceramics, version(ceramics), "bruno");
        carla.task(ceramics, "Attach the end-user documents the decision asked for", "bruno", today.plusDays(5));

        // Hikvision: closed without action.
        UUID hikvision = dmitri.party(company("Hangzhou Hikvision Digital Technology Co., Ltd.", "CN",
                List.of(alias("杭州海康威视数字技术股份有限公司", "zh"), alias("Hikvision", null)),
                List.of(new AddressInput(null, "Hangzhou", "Zhejiang", null, "CN")), "MANUFACTURER"));
        String cameras = dmitri.open("Surveillance cameras in intercepted shipments", "LOW", null, List.of("cameras"),
                "Cameras of a major brand in shipments; no evidence of supply beyond ordinary distribution.", hikvision);
        dmitri.cases.addNote(cameras, "Distributor stock sold through third parties; nothing ties the maker to the consignee.");
        dmitri.cases.close(cameras, version(cameras), "No evidence of direct supply; monitor through the import feed instead.");

        // The other authority has its own work, invisible to ECA.
        UUID osiParty = olga.party(company("Baltic Components Trading OÜ (fictional)", "EE", List.of(), List.of(), "INTERMEDIARY"));
        olga.open("Microelectronics re-exported through the Baltics", "HIGH", today.plusDays(10), List.of("microelectronics"),
                "90 % of microelectronics imports come from one country; re-export routes through the Baltic states.", osiParty);
    }

    private Actor as(String username, String displayName, String agency, Role... roles) {
        Caller caller = new Caller(username, displayName, agency, EnumSet.copyOf(List.of(roles)));
        AccessPolicy policy = new AccessPolicy(() -> caller, effectiveReleases);
        AuditRecorder recorder = new AuditRecorder(() -> caller, trail);
        EvidenceService evidence = new EvidenceService(evidenceRepository, caseRepository, evidenceStore, policy, recorder, trail,
                releases, evidenceTexts, outbox);
        return new Actor(displayName, new CaseService(caseRepository, partyRepository, designationRepository, policy, recorder, releases, outbox,
                directory, new CaseEvidence(evidenceRepository, tradeEvidence, tradeImports, policy)),
                new CaseTaskService(caseRepository, policy, recorder, directory),
                new PartyService(partyRepository, policy, recorder, releases, outbox),
                new EvidenceUploads(evidence, evidenceStore, contentTypes, uploads.maxBytes(), String.join(",", uploads.allowedTypes())));
    }

    /** The case's current version: the story, like every client, changes a case from the version it read. */
    private Long version(String reference) {
        return caseRepository.findByReference(reference).orElseThrow().version();
    }

    private static AliasInput alias(String name, String language) {
        return new AliasInput(name, null, language);
    }

    private static PartyInput company(String name, String country, List<AliasInput> aliases, List<AddressInput> addresses,
            String... tradeRoles) {
        return new PartyInput("COMPANY", name, country, null, aliases, List.of(), addresses, List.of(tradeRoles));
    }

    /** A demo user's view of the services: each call acts as that user. */
    private record Actor(String displayName, CaseService cases, CaseTaskService tasks, PartyService parties,
            EvidenceUploads evidence) {

        /** Attaches one of the demo's evidence files to the case, as this user; returns its id. */
        String attach(String reference, String file, String description, String source, LocalDate obtainedOn) {
            try (InputStream content = DemoStory.class.getResourceAsStream("/demo/evidence/" + file)) {
                if (content == null) {
                    throw new IllegalStateException("The demo evidence file " + file + " is missing from the application");
                }
                return evidence.upload(reference, new EvidenceInput(file, description, source, displayName,
                        "Interdict demo data", obtainedOn, "OFFICIAL"), null, null, content).evidence().id().toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        UUID task(String reference, String title, String assignee, LocalDate due) {
            return tasks.add(reference, new TaskInput(title, assignee, due)).id();
        }

        UUID party(PartyInput input) {
            return parties.record(input).id();
        }

        String open(String title, String priority, LocalDate due, List<String> tags, String summary, UUID... subjects) {
            return cases.open(new CaseInput(title, summary, priority, due, tags, null, List.of(subjects))).reference();
        }
    }
}
