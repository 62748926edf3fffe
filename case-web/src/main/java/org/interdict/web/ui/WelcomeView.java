package org.interdict.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.identity.CallerProfile;
import org.interdict.application.identity.IdentityService;
import org.interdict.application.security.AccessDeniedException;

/** The first page after login: who the user is, their roles and their agency. */
@Named("welcome")
@RequestScoped
public class WelcomeView {

    @Inject
    IdentityService identity;

    private CallerProfile profile;
    private String refusal;

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
}
