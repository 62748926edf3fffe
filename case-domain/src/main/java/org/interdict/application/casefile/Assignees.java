package org.interdict.application.casefile;

import org.interdict.application.InvalidInputException;
import org.interdict.application.identity.UserDirectory;
import org.interdict.application.security.Role;
import org.interdict.domain.model.shared.PlainText;

/**
 * Who work on a case may go to: an analyst or supervisor of the case's own agency, as the directory
 * knows them. The one rule for assigning a case and a task alike.
 */
final class Assignees {

    private Assignees() {
    }

    /**
     * The username as the directory spells it (usernames are matched without regard to case). Whether
     * the name is unknown or belongs to someone else is not told apart, so that the answer reveals no
     * other agency's staff.
     *
     * @param what what is assigned, for the message ("a case", "a task")
     */
    static String require(UserDirectory directory, String username, String agency, String what) {
        return directory.find(username)
                .filter(user -> agency.equals(user.agency()))
                .filter(user -> user.roles().contains(Role.ANALYST) || user.roles().contains(Role.SUPERVISOR))
                .map(UserDirectory.DirectoryUser::username)
                .orElseThrow(() -> new InvalidInputException("'" + PlainText.excerpt(username) + "' is not an analyst or supervisor "
                        + "of agency " + agency + "; " + what + " is assigned to one of them."));
    }
}
