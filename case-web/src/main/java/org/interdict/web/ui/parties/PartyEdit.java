package org.interdict.web.ui.parties;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.party.PartyService;
import org.interdict.application.party.PartyView;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a party or revises one (/party-edit.xhtml, {@code ?id=} to edit). A revision names the version
 * it started from; when someone saved another meanwhile, the page loads their values and shows them in
 * words next to the person's own, which stay in the form until they save again.
 */
@Named("partyEdit")
@ViewScoped
public class PartyEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartyService parties;

    private String id;
    private UUID partyId;
    private Long version;
    private String savedName;
    private PartyForm form = new PartyForm();
    private List<SelectItem> countries;
    private boolean missing;
    private List<Difference> differences = List.of();
    private Long staleVersion;
    private Instant staleAt;

    /** A field whose saved value differs from the unsaved one. */
    public record Difference(String field, String theirs, String yours) {
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null || id.isBlank()) {
            return;
        }
        Optional<PartyView> party = parse(id).flatMap(uuid -> Ui.attempt(() -> parties.get(uuid)));
        if (party.isEmpty()) {
            missing = true;
            return;
        }
        partyId = party.get().id();
        version = party.get().version();
        savedName = party.get().primaryName();
        form = PartyForm.of(party.get());
    }

    public String save() {
        readRows();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PartyView saved = partyId == null ? parties.record(form.toInput()) : parties.revise(partyId, version, form.toInput());
            Ui.info(Texts.text(Texts.PARTIES, partyId == null ? "edit.recorded" : "edit.saved", saved.primaryName()));
            return "/party.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (RuntimeException e) {
            if (partyId != null && Ui.isStale(e)) {
                showCurrent();
            }
            Optional<String> words = Ui.inWords(e);
            if (words.isEmpty()) {
                throw e;
            }
            Ui.error(words.get());
            faces.validationFailed();
            return null;
        }
    }

    /** Loads what is saved now, keeps the person's values in the form, and lists where the two differ. */
    private void showCurrent() {
        Ui.attempt(() -> parties.get(partyId)).ifPresent(current -> {
            PartyForm theirs = PartyForm.of(current);
            List<Difference> found = new ArrayList<>();
            compare(found, "edit.kind", label("kind.", theirs.getKind()), label("kind.", form.getKind()));
            compare(found, "edit.name", theirs.getName(), form.getName());
            compare(found, "edit.country", Countries.name(theirs.getCountry()), Countries.name(PartyForm.blank(form.getCountry())));
            compare(found, "edit.website", theirs.getWebsite(), PartyForm.blank(form.getWebsite()));
            compare(found, "edit.tradeRoles", theirs.tradeRolesLine(), form.tradeRolesLine());
            compare(found, "edit.aliases", theirs.aliasesLine(), form.aliasesLine());
            compare(found, "edit.identifiers", theirs.identifiersLine(), form.identifiersLine());
            compare(found, "edit.addresses", theirs.addressesLine(), form.addressesLine());
            differences = found;
            version = current.version();
            staleVersion = current.version();
            staleAt = current.updatedAt();
            savedName = current.primaryName();
        });
    }

    private static void compare(List<Difference> found, String field, String theirs, String yours) {
        String t = PartyForm.blank(theirs);
        String y = PartyForm.blank(yours);
        if (!Objects.equals(t, y)) {
            String none = Texts.text(Texts.PARTIES, "edit.stale.none");
            found.add(new Difference(Texts.text(Texts.PARTIES, field), t == null ? none : t, y == null ? none : y));
        }
    }

    private static String label(String prefix, String constant) {
        return constant == null ? null : Texts.text(Texts.PARTIES, prefix + constant);
    }

    public void addAlias() {
        readRows();
        form.addAlias();
    }

    public void removeAlias(int index) {
        readRows();
        if (index >= 0 && index < form.getAliases().size()) {
            form.getAliases().remove(index);
        }
    }

    public void addIdentifier() {
        readRows();
        form.addIdentifier();
    }

    public void removeIdentifier(int index) {
        readRows();
        if (index >= 0 && index < form.getIdentifiers().size()) {
            form.getIdentifiers().remove(index);
        }
    }

    public void addAddress() {
        readRows();
        form.addAddress();
    }

    public void removeAddress(int index) {
        readRows();
        if (index >= 0 && index < form.getAddresses().size()) {
            form.getAddresses().remove(index);
        }
    }

    /** After the form's fields were checked (also when one was refused): the rows as typed, so that nothing is lost. */
    public void rowsTyped(ComponentSystemEvent event) {
        readRows();
    }

    private void readRows() {
        form.read(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isEditing() {
        return partyId != null;
    }

    public String getTitle() {
        return partyId == null ? Texts.text(Texts.PARTIES, "edit.title.new") : Texts.text(Texts.PARTIES, "edit.title.edit", savedName);
    }

    public List<SelectItem> getCountries() {
        if (countries == null) {
            countries = Countries.choices();
        }
        return countries;
    }

    public List<String> getKinds() {
        return PartyForm.KINDS;
    }

    public List<String> getTradeRoles() {
        return PartyForm.TRADE_ROLES;
    }

    /** A text of the parties bundle with its argument filled in, for labels the page builds per row. */
    public String text(String key, Object argument) {
        return Texts.text(Texts.PARTIES, key, argument);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UUID getPartyId() {
        return partyId;
    }

    public PartyForm getForm() {
        return form;
    }

    public boolean isMissing() {
        return missing;
    }

    public List<Difference> getDifferences() {
        return differences;
    }

    public boolean isStale() {
        return staleVersion != null;
    }

    public Long getStaleVersion() {
        return staleVersion;
    }

    public Instant getStaleAt() {
        return staleAt;
    }
}
