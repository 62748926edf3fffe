package org.interdict.web.ui.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.evidence.EvidenceService;
import org.interdict.application.evidence.EvidenceView;
import org.interdict.application.party.PartyService;
import org.interdict.application.party.PartyView;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.InternalField;
import org.interdict.application.security.Releases;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sharing a case, a party or an evidence file with partner agencies, and withdrawing it, for the include
 * {@code /WEB-INF/includes/sharing.xhtml} ({@code kind} case, party or evidence; {@code target} its
 * reference or id). It calls the same release operations as the REST API; whether the caller may share
 * (supervisors of the owning agency) is the application's rule ({@link AccessPolicy#canRelease}), so the
 * controls are offered to exactly those the service would let through. What a partner will and will
 * not see is said from {@link InternalField}, the one list every view of a shared record follows.
 */
@Named("sharingDialog")
@ViewScoped
public class SharingDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String CASE = "case";
    public static final String PARTY = "party";
    public static final String EVIDENCE = "evidence";

    @Inject
    CaseService cases;

    @Inject
    PartyService parties;

    @Inject
    EvidenceService evidence;

    @Inject
    Releases releases;

    @Inject
    AccessPolicy access;

    /** The records the page shares, by kind and id, each read once per view (and again after a change). */
    private final Map<String, Shared> shared = new HashMap<>();
    private transient Map<String, String> partners;

    // The record whose dialog is open, and the agencies chosen in it.
    private String openKind;
    private String openTarget;
    private List<String> chosen = new ArrayList<>();

    /** What the include shows of one record: to whom it is shared, and whether the caller may change that. */
    public static final class Shared implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String kind;
        private final String target;
        private final long version;
        private final List<String> sharedWith;
        private final boolean mayShare;
        private final boolean readable;
        private String name;

        Shared(String kind, String target, long version, List<String> sharedWith, boolean mayShare, boolean readable) {
            this.kind = kind;
            this.target = target;
            this.version = version;
            this.sharedWith = List.copyOf(sharedWith);
            this.mayShare = mayShare;
            this.readable = readable;
        }

        public String getKind() {
            return kind;
        }

        /** What a person calls the record (an evidence file's name), or null. */
        public String getName() {
            return name;
        }

        public String getTarget() {
            return target;
        }

        public List<String> getSharedWith() {
            return sharedWith;
        }

        public boolean isMayShare() {
            return mayShare;
        }

        /** False when the record could not be read (the page around it says why). */
        public boolean isReadable() {
            return readable;
        }
    }

    /** The record's sharing as the caller may see it (read once per view). */
    public Shared of(String kind, Object target) {
        String id = target == null ? "" : target.toString();
        return shared.computeIfAbsent(key(kind, id), k -> read(kind, id));
    }

    private Shared read(String kind, String target) {
        if (!Set.of(CASE, PARTY, EVIDENCE).contains(kind)) {
            throw new IllegalArgumentException("The sharing include shares a case, party or evidence, not " + kind);
        }
        Shared unreadable = new Shared(kind, target, 0, List.of(), false, false);
        if (!kind.equals(CASE) && uuid(target) == null) {
            return unreadable;
        }
        try {
            switch (kind) {
                case CASE -> {
                    CaseView v = cases.get(target);
                    return new Shared(kind, target, v.version(), v.sharedWith(), access.canRelease(v.owningAgency()), true);
                }
                case PARTY -> {
                    PartyView v = parties.get(uuid(target));
                    return new Shared(kind, target, v.version(), v.sharedWith(), access.canRelease(v.owningAgency()), true);
                }
                default -> {
                    EvidenceView v = evidence.get(uuid(target));
                    // An evidence file belongs to the agency of its case.
                    CaseView c = cases.get(v.caseReference());
                    Shared file = new Shared(kind, target, v.version(), v.sharedWith(), access.canRelease(c.owningAgency()), true);
                    file.name = v.name();
                    return file;
                }
            }
        } catch (RuntimeException e) {
            if (Ui.inWords(e).isEmpty()) {
                throw e;
            }
            return unreadable;
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The dialog

    /** Opens the dialog for a record, with its current recipients chosen. */
    public void open(String kind, Object target) {
        Shared s = of(kind, target);
        openKind = kind;
        openTarget = s.getTarget();
        chosen = new ArrayList<>(s.getSharedWith());
    }

    /** Shares the open record with exactly the chosen agencies (none: it is withdrawn from all). */
    public void share() {
        if (openKind == null) {
            return;
        }
        List<String> to = List.copyOf(chosen == null ? List.of() : chosen);
        if (release(openKind, openTarget, to)) {
            Ui.info(to.isEmpty() ? text("share.done.none") : text("share.done", names(to)));
        }
    }

    /** Withdraws the record from one partner agency: it loses access now. */
    public void withdraw(String kind, Object target, String agency) {
        Shared s = of(kind, target);
        List<String> remaining = s.getSharedWith().stream().filter(a -> !a.equals(agency)).toList();
        if (release(kind, s.getTarget(), remaining)) {
            Ui.info(text("withdraw.done", name(agency)));
        }
    }

    private boolean release(String kind, String target, List<String> agencies) {
        Shared s = of(kind, target);
        String level = agencies.isEmpty() ? Releases.INTERNAL : Releases.SHARED;
        boolean done = Ui.run(() -> {
            switch (kind) {
                case CASE -> cases.release(target, s.version, level, agencies);
                case PARTY -> parties.release(uuid(target), s.version, level, agencies);
                case EVIDENCE -> evidence.release(uuid(target), s.version, level, agencies);
                default -> throw new IllegalArgumentException(kind);
            }
        });
        // Shared or refused (someone else changed it first …): show the record as it is now.
        shared.remove(key(kind, target));
        return done;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public String getOpenKind() {
        return openKind;
    }

    /** The name of the record the dialog is open for, where it has one (an evidence file), or null. */
    public String getOpenName() {
        return openKind == null ? null : of(openKind, openTarget).getName();
    }

    // ---------------------------------------------------------------------------------------------
    // Partner agencies, in words

    /** The partner agencies a record can be shared with: code to name, ordered by code. */
    public Map<String, String> getPartners() {
        if (partners == null) {
            partners = new LinkedHashMap<>();
            Ui.attempt(releases::partners).orElse(List.of()).forEach(p -> partners.put(p.code(), p.name()));
        }
        return partners;
    }

    /** The agencies as the select lists them: "Name (CODE)" to code. */
    public Map<String, String> getPartnerChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        getPartners().forEach((code, name) -> choices.put(text("agency.choice", name, code), code));
        return choices;
    }

    public String name(String code) {
        return getPartners().getOrDefault(code, code);
    }

    private String names(List<String> codes) {
        return codes.stream().map(this::name).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------------
    // What a partner will and will not see

    /** What a partner agency will see of a record of this kind. */
    public String willSee(String kind) {
        return text("summary.sees." + kind);
    }

    /** What stays inside the owning agency, from {@link InternalField}, in words: "notes, proposals …". */
    public String willNotSee(String kind) {
        List<String> hidden = new ArrayList<>();
        for (InternalField field : hiddenFrom(kind)) {
            hidden.add(text("field." + field.name()));
        }
        String extra = text("summary.hidden.extra." + kind);
        if (!extra.equals("summary.hidden.extra." + kind) && !extra.isBlank()) {
            hidden.add(extra);
        }
        return String.join(text("list.separator"), hidden) + ".";
    }

    /** The internal fields a record of the kind has, each of which its partner view leaves out. */
    static Set<InternalField> hiddenFrom(String kind) {
        Set<InternalField> hidden = EnumSet.noneOf(InternalField.class);
        for (InternalField field : InternalField.values()) {
            boolean applies = switch (field) {
                case NOTES, PROPOSALS, TASKS, ASSIGNEE, PRIORITY, TAGS -> CASE.equals(kind);
                case CREATOR, AUDIT, RECIPIENTS -> true;
                case RESOLVED_PARTIES -> false;
            };
            if (applies) {
                hidden.add(field);
            }
        }
        return hidden;
    }

    private static String text(String key, Object... arguments) {
        return Texts.text(Texts.DECISIONS, key, arguments);
    }

    private static String key(String kind, String target) {
        return kind + ":" + target;
    }

    /** For the page: the record's sharing was read and the caller may change it. */
    public boolean mayShare(String kind, Object target) {
        return Optional.ofNullable(of(kind, target)).map(Shared::isMayShare).orElse(false);
    }
}
