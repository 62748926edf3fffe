package org.interdict.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.casefile.CaseListQuery;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.designation.DesignationView;
import org.interdict.application.identity.CallerProfile;
import org.interdict.application.identity.IdentityService;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.Role;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The first page after login: who the user is, what waits for them (their queue, the proposals they
 * may decide), their agency's recent cases and the latest published designations.
 */
@Named("welcome")
@RequestScoped
public class WelcomeView {

    private static final int ROWS = 10;

    @Inject
    IdentityService identity;

    @Inject
    CaseService cases;

    @Inject
    DesignationService designations;

    private CallerProfile profile;
    private String refusal;
    private List<CaseView> queue = List.of();
    private List<CaseView> awaitingDecision = List.of();
    private List<CaseView> recent = List.of();
    private long caseCount;
    private List<DesignationView> published = List.of();

    @PostConstruct
    void load() {
        try {
            profile = identity.describeCaller();
        } catch (AccessDeniedException e) {
            refusal = e.getMessage();
            return;
        }
        if (profile.roles().contains("supervisor")) {
            awaitingDecision = cases.awaitingDecision(0, ROWS).items();
        }
        if (profile.roles().contains("analyst") || profile.roles().contains("supervisor")) {
            queue = cases.myQueue(0, ROWS).items();
        }
        var page = cases.list(new CaseListQuery(null, null, null, null, null, "-updatedAt", 0, ROWS));
        recent = page.items();
        caseCount = page.total();
        published = designations.list(0, ROWS).items();
    }

    public CallerProfile getProfile() {
        return profile;
    }

    /** The heading over the list of cases: a partner's list holds other agencies' cases shared with it. */
    public String getCasesHeading() {
        return profile.roles().contains(Role.PARTNER.roleName()) ? "Cases shared with " + profile.agencyCode()
                : "Cases of " + profile.agencyCode();
    }

    /** Why this user cannot use Interdict, or null when they can. */
    public String getRefusal() {
        return refusal;
    }

    public List<CaseView> getQueue() {
        return queue;
    }

    public List<CaseView> getAwaitingDecision() {
        return awaitingDecision;
    }

    public List<CaseView> getRecent() {
        return recent;
    }

    public long getCaseCount() {
        return caseCount;
    }

    public List<DesignationView> getPublished() {
        return published;
    }

    /** The subjects of a case as one line of names. */
    public String subjects(CaseView view) {
        return view.subjects().stream().map(s -> s.primaryName()).collect(Collectors.joining("; "));
    }

    /** A status or priority as people write it: "closed no action" for CLOSED_NO_ACTION. */
    public String label(String constant) {
        return constant == null ? "" : constant.toLowerCase().replace('_', ' ');
    }
}
