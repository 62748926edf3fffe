package org.interdict.web.ui.designations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.RecordNotFoundException;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.designation.DesignationView;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One published designation (/designation.xhtml?id=): the names, identifiers and addresses as they stood
 * when it was published, the measure, its legal basis and statement of reasons, when it takes effect and
 * who published it. The party's own page is linked only for readers the service says may open it; an
 * unknown id is answered with a sentence and status 404.
 */
@Named("designationPage")
@RequestScoped
public class DesignationPage {

    @Inject
    DesignationService designations;

    private String id;
    private DesignationView designation;
    private boolean notFound;
    private boolean partyLink;
    private Map<String, String> agencyNames = Map.of();

    public void load() {
        Optional<UUID> uuid = parse(id);
        if (uuid.isEmpty()) {
            missing();
            return;
        }
        try {
            designation = designations.get(uuid.get());
        } catch (RecordNotFoundException e) {
            missing();
            return;
        } catch (RuntimeException e) {
            // A refusal in words (no role, a backing service down); anything else is a fault for the handler.
            Ui.error(Ui.inWords(e).orElseThrow(() -> e));
            return;
        }
        partyLink = designations.canOpenParty(designation);
        agencyNames = Ui.attempt(designations::agencyNames).orElse(Map.of());
    }

    private void missing() {
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    static Optional<UUID> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String countryName(String code) {
        return DesignationWords.countryName(code);
    }

    /** The script of an alias in the reader's language ("Cyrillic", "кириллица"), or as recorded when not known here. */
    public String scriptName(String script) {
        if (script == null || script.isBlank()) {
            return "";
        }
        String key = "script." + script.strip().replace(' ', '_');
        String words = Texts.text(Texts.DESIGNATIONS, key);
        return words.equals(key) ? script : words;
    }

    /** The agency's name ("Export Control Agency"), or its code when unknown. */
    public String agencyName(String code) {
        String name = agencyNames.get(code);
        return name == null ? code : name;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DesignationView getDesignation() {
        return designation;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** Whether the reader may open the designated party's page (its agency's analysts, supervisors, auditors). */
    public boolean isPartyLink() {
        return partyLink;
    }
}
