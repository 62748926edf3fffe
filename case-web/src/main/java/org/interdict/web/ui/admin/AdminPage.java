package org.interdict.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.health.ProbeResult;
import org.interdict.application.health.ServiceProbe;
import org.interdict.application.jobs.BackgroundJobs;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.trade.ReferenceDataFacts;
import org.interdict.application.trade.SanctionedDestinationService;
import org.interdict.application.trade.SanctionedDestinations;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The administration page's frame and its quieter sections: whether the caller may use it at all (the
 * reference data service answers: it refuses everyone but administrators, and then the page shows the
 * refusal and nothing else), the sanctioned destinations and the versions of the packaged reference
 * tables, the health of the backing services, this node's name and the application's version.
 */
@Named("adminPage")
@ViewScoped
public class AdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The order in which operators read the backing services; others follow by name. */
    private static final List<String> SERVICE_ORDER = List.of("postgresql", "elasticsearch", "keycloak");

    /** Where the WAR keeps Maven's description of itself, with the version it was built as. */
    private static final String POM_PROPERTIES = "/META-INF/maven/org.interdict/case-web/pom.properties";

    @Inject
    ReferenceDataFacts referenceData;

    @Inject
    SanctionedDestinationService destinations;

    @Inject
    BackgroundJobs jobs;

    @Inject
    @Any
    Instance<ServiceProbe> probes;

    private String refusal;
    private ReferenceDataFacts.Facts facts;
    private List<Destination> listed = List.of();
    private String country;
    private List<Health> health = List.of();
    private Instant checkedAt;
    private String node;
    private String version;

    /** A listed destination as the page shows it: the country's name in the reader's language and its code. */
    public record Destination(String code, String name, String addedBy, Instant addedAt) {
    }

    /** A backing service as the page shows it. */
    public record Health(String name, String label, boolean up, String detail, long millis) {
    }

    /** One tier of the CHP list and its subheadings. */
    public record Tier(String label, long subheadings) {
    }

    @PostConstruct
    void gate() {
        try {
            facts = referenceData.facts();
        } catch (AccessDeniedException e) {
            refusal = Ui.inWords(e).orElse(e.getMessage());
        }
    }

    /** Loads the page (a view action, so that a refusal reaches the messages above it). */
    public void load() {
        if (!isAllowed()) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            return;
        }
        loadDestinations();
        check();
        node = jobs.node();
        version = readVersion();
    }

    /** True when the caller is an administrator (the reference data service let them read). */
    public boolean isAllowed() {
        return refusal == null;
    }

    /** Why the caller may not use this page, in words; null when they may. */
    public String getRefusal() {
        return refusal;
    }

    // --- reference data ---

    private void loadDestinations() {
        Locale locale = Texts.locale();
        Collator collator = Collator.getInstance(locale);
        listed = Ui.attempt(destinations::list).orElse(List.of()).stream()
                .map(d -> new Destination(d.country(), countryName(d.country(), locale), d.addedBy(), d.addedAt()))
                .sorted(Comparator.comparing(Destination::name, collator))
                .toList();
    }

    public List<Destination> getDestinations() {
        return listed;
    }

    /** Countries not listed yet, as "Name (CC)" choices sorted by name (ISO 3166 and XK, as the service accepts). */
    public List<SelectItem> getCountryChoices() {
        Locale locale = Texts.locale();
        Collator collator = Collator.getInstance(locale);
        Set<String> already = listed.stream().map(Destination::code).collect(Collectors.toSet());
        return Stream.concat(Arrays.stream(Locale.getISOCountries()), Stream.of("XK"))
                .filter(code -> !already.contains(code))
                .map(code -> new SelectItem(code, AdminTexts.text("destinations.choice", countryName(code, locale), code)))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    /** Lists the chosen country (the service checks the code and audits the change). */
    public void add() {
        String code = country;
        Ui.attempt(() -> destinations.add(code)).ifPresent(listedNow -> {
            SanctionedDestinations.Destination d = listedNow.destination();
            String name = countryName(d.country(), Texts.locale());
            Ui.info(AdminTexts.text(listedNow.added() ? "destinations.added" : "destinations.already", name, d.country()));
            country = null;
            loadDestinations();
        });
    }

    /** Takes the country off the list (the service audits it). */
    public void remove(String code) {
        if (Ui.run(() -> destinations.remove(code))) {
            Ui.info(AdminTexts.text("destinations.removed", countryName(code, Texts.locale()), code));
        }
        loadDestinations();
    }

    /** The question the removal's confirmation asks, naming the country. */
    public String removeQuestion(Destination destination) {
        return AdminTexts.text("destinations.remove.confirm.message", destination.name(), destination.code());
    }

    /** The removal button's tooltip, naming the country. */
    public String removeTitle(Destination destination) {
        return AdminTexts.text("destinations.remove.title", destination.name());
    }

    public ReferenceDataFacts.Facts getFacts() {
        return facts;
    }

    /** The CHP list's tiers in order, each with its subheadings. */
    public List<Tier> getTiers() {
        if (facts == null) {
            return List.of();
        }
        List<Tier> tiers = new ArrayList<>();
        for (Map.Entry<String, Long> tier : facts.chpList().perTier().entrySet()) {
            tiers.add(new Tier(tier.getKey(), tier.getValue()));
        }
        return tiers;
    }

    // --- health ---

    /** Asks every backing service now. */
    public void check() {
        List<ServiceProbe> all = new ArrayList<>();
        probes.forEach(all::add);
        health = all.stream()
                .sorted(Comparator.comparing((ServiceProbe p) -> rank(p.name())).thenComparing(ServiceProbe::name))
                .map(AdminPage::probe)
                .toList();
        checkedAt = Instant.now();
    }

    /** Checks again on request, and says what it found. */
    public void recheck() {
        check();
        long down = health.stream().filter(h -> !h.up()).count();
        if (down == 0) {
            Ui.info(AdminTexts.text("health.all.up", health.size()));
        } else {
            Ui.warn(AdminTexts.text("health.some.down", down));
        }
    }

    private static int rank(String name) {
        int at = SERVICE_ORDER.indexOf(name);
        return at < 0 ? SERVICE_ORDER.size() : at;
    }

    private static Health probe(ServiceProbe probe) {
        long started = System.nanoTime();
        ProbeResult result;
        try {
            result = probe.probe();
        } catch (RuntimeException e) {
            result = ProbeResult.down(e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String key = "health.service." + probe.name();
        String label = AdminTexts.text(key);
        return new Health(probe.name(), key.equals(label) ? probe.name() : label, result.up(), result.detail(), millis);
    }

    public List<Health> getHealth() {
        return health;
    }

    public boolean isAllUp() {
        return !health.isEmpty() && health.stream().allMatch(Health::up);
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getNode() {
        return node;
    }

    /** The application's version as built, or null when the build did not record it. */
    public String getVersion() {
        return version;
    }

    public String duration(long millis) {
        return AdminTexts.duration(millis);
    }

    private static String readVersion() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return null;
        }
        try (InputStream in = faces.getExternalContext().getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return null;
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    static String countryName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }
}
