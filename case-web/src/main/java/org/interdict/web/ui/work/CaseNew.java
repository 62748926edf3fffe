package org.interdict.web.ui.work;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.casefile.CaseInput;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.party.PartyService;
import org.interdict.application.party.PartyView;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opening a case: from nothing, from a party ({@code ?party=UUID}: the party becomes the first subject and
 * names the case), or from a search ({@code ?q=text}). The service checks everything (who may open cases,
 * title, tags, the assignee, the subject); a refusal is shown in words and the form keeps what was typed.
 */
@Named("caseNew")
@ViewScoped
public class CaseNew implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The priority a new case starts with, as the service would choose it. */
    private static final String DEFAULT_PRIORITY = "MEDIUM";

    @Inject
    CaseService cases;

    @Inject
    PartyService parties;

    // Page parameters.
    private String party;
    private String q;

    private String title;
    private String summary;
    private String priority = DEFAULT_PRIORITY;
    private LocalDate dueDate;
    private List<String> tags = new ArrayList<>();
    private String assignee;
    private UUID subjectId;
    private String subjectName;
    private String subjectCountry;
    private boolean loaded;

    /** Prefills the form from the party or the search it was opened from (once per view, not on every postback). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (party != null && !party.isBlank()) {
            UUID id = parse(party);
            Optional<PartyView> found = id == null ? Optional.empty() : Ui.attempt(() -> parties.get(id));
            if (found.isPresent()) {
                subjectId = found.get().id();
                subjectName = found.get().primaryName();
                subjectCountry = found.get().country();
                title = Texts.text(Texts.WORK, "new.title.fromParty", subjectName);
            } else if (id == null) {
                Ui.warn(Texts.text(Texts.WORK, "new.party.unknown"));
            }
        } else if (q != null && !q.isBlank()) {
            title = Texts.text(Texts.WORK, "new.title.fromSearch", q.strip());
            summary = Texts.text(Texts.WORK, "new.summary.fromSearch", q.strip());
        }
    }

    /** Opens the case and shows it; on a refusal stays on the form with the reason. */
    public void create() {
        List<UUID> subjects = subjectId == null ? List.of() : List.of(subjectId);
        CaseInput input = new CaseInput(title, summary, priority, dueDate, tags == null ? List.of() : List.copyOf(tags),
                blankToNull(assignee), subjects);
        Optional<CaseView> opened = Ui.attempt(() -> cases.open(input));
        if (opened.isEmpty()) {
            return;
        }
        Ui.info(Texts.text(Texts.WORK, "new.opened", opened.get().reference()));
        // A plain redirect (not a navigation case): the case page is another helper's view, found at request time.
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/case.xhtml?ref="
                    + URLEncoder.encode(opened.get().reference(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts without the party: the case is opened with no subject. */
    public void dropSubject() {
        subjectId = null;
        subjectName = null;
        subjectCountry = null;
    }

    /** Where "Cancel" leads: back to the party or the search the form was opened from, else to the list of cases. */
    public String getCancelUrl() {
        if (party != null && parse(party) != null) {
            return "/party.xhtml?id=" + parse(party);
        }
        if (q != null && !q.isBlank()) {
            return "/search.xhtml?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
        }
        return "/cases.xhtml";
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getSubjectCountry() {
        return subjectCountry;
    }

    /** Today, the earliest due date the picker offers. */
    public LocalDate getToday() {
        return WorkLabels.today();
    }
}
