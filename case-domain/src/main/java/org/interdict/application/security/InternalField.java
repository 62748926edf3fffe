package org.interdict.application.security;

/**
 * What of a shared record stays inside the owning agency: the one list that the views (what a partner
 * is shown), the search box (which {@code field:value} filters a partner may use) and the search
 * index (which fields a partner's query searches and its hits return) all follow. Each of them maps
 * every constant in an exhaustive {@code switch}, so that a field added here cannot be forgotten by one
 * of them.
 */
public enum InternalField {

    /** The case's notes: the investigation's working record. */
    NOTES("notes"),
    /** Designation proposals and decisions before publication, with their rationales. */
    PROPOSALS("proposals and decisions"),
    /** The case's tasks (who is to do what by when) and how many are open. */
    TASKS("tasks"),
    /** Who works on the case. */
    ASSIGNEE("the assignee"),
    /** How urgent the agency rates the case. */
    PRIORITY("the priority"),
    /** The agency's own labels on the case. */
    TAGS("tags"),
    /** Who created the record. */
    CREATOR("who created it"),
    /** The audit trail: who did what, when. */
    AUDIT("the audit trail"),
    /** The other agencies a record is released to: a partner sees only its own. */
    RECIPIENTS("the other recipients"),
    /**
     * The parties a trade record's names resolved to, with their names as they are now: a partner sees
     * those only of parties released to it, and otherwise the names as the declaration wrote them.
     */
    RESOLVED_PARTIES("the parties its names resolved to");

    private final String label;

    InternalField(String label) {
        this.label = label;
    }

    /** The field in words, for messages ("… stay within the owning agency"). */
    public String label() {
        return label;
    }
}
