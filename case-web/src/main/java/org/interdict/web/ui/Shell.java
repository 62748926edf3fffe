package org.interdict.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.interdict.application.identity.CallerProfile;
import org.interdict.application.identity.IdentityService;
import org.interdict.application.search.SavedSearchService;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.Role;

import java.util.Locale;

/**
 * What the frame of every page needs: who is signed in, which parts of the product their roles open
 * (the navigation only; every service checks the caller again), the unread notifications and the locale.
 */
@Named("shell")
@RequestScoped
public class Shell {

    @Inject
    IdentityService identity;

    @Inject
    SavedSearchService savedSearches;

    private CallerProfile profile;
    private String refusal;
    private Long unread;

    @PostConstruct
    void load() {
        try {
            profile = identity.describeCaller();
        } catch (AccessDeniedException e) {
            refusal = e.getMessage();
        }
    }

    public CallerProfile getProfile() {
        return profile;
    }

    /** Why this user cannot use Interdict, or null when they can. */
    public String getRefusal() {
        return refusal;
    }

    public boolean has(Role role) {
        return profile != null && profile.roles().contains(role.roleName());
    }

    /** Analysts and supervisors: they work on cases, parties, screening and imports. */
    public boolean isWorker() {
        return has(Role.ANALYST) || has(Role.SUPERVISOR);
    }

    public boolean isSupervisor() {
        return has(Role.SUPERVISOR);
    }

    public boolean isPartner() {
        return has(Role.PARTNER);
    }

    public boolean isAuditor() {
        return has(Role.AUDITOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Who may list and read cases: workers, auditors, and partners for what is shared with them. */
    public boolean isCaseReader() {
        return isWorker() || isAuditor() || isPartner();
    }

    /** Who may use the one-box search (admins see no case content). */
    public boolean isSearcher() {
        return isWorker() || isAuditor() || isPartner();
    }

    /** Unread notifications from the user's saved searches; read once per request. */
    public long getUnread() {
        if (unread == null) {
            unread = isSearcher() ? savedSearches.unread() : 0L;
        }
        return unread;
    }

    public Locale getLocale() {
        return Texts.locale();
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Whether the page is shown in this language ("en", "ru"): the switch marks it with aria-current. */
    public boolean isLanguage(String language) {
        return getLanguage().equals(language);
    }

    /**
     * The top bar's switch to a language: {@code /locale?lang=ru&back=…}, which remembers the choice and
     * returns to this page (its path and query, so that a case page comes back with its case).
     */
    public String languageAddress(String language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            path = path + "?" + request.getQueryString();
        }
        return LocaleChoice.switchAddress(request.getContextPath(), language, path.isEmpty() ? "/" : path);
    }

    /** The style class of the navigation link of the current page. */
    public String current(String page) {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view.equals("/" + page + ".xhtml") ? "current" : "";
    }

    /** A text of the shell's bundle with its arguments filled in. */
    public String format(String key, Object... arguments) {
        return Texts.text(Texts.SHELL, key, arguments);
    }
}
