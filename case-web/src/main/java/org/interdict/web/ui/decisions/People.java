package org.interdict.web.ui.decisions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.interdict.application.identity.UserDirectory;

import java.util.HashMap;
import java.util.Map;

/**
 * People named on the supervisor's pages (who proposed, who decided) by their display name, as the
 * directory knows them; each asked once per request. When the directory cannot be asked, or no longer
 * knows the user, the username stands in: a name is never the reason a page fails.
 */
@RequestScoped
public class People {

    @Inject
    UserDirectory directory;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(username, this::lookUp);
    }

    private String lookUp(String username) {
        try {
            return directory.find(username).map(UserDirectory.DirectoryUser::displayName)
                    .filter(n -> n != null && !n.isBlank()).orElse(username);
        } catch (RuntimeException e) { // the directory unavailable, or anything else it refused
            return username;
        }
    }
}
