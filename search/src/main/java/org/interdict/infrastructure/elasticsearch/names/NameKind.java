package org.interdict.infrastructure.elasticsearch.names;

import java.util.Locale;

/** Whether a name is a person's or an organisation's: they are matched by different rules. */
public enum NameKind {
    PERSON, ORGANIZATION, UNKNOWN;

    /**
     * The kind a record or a query states, in any of the words the application uses (PERSON, individual,
     * COMPANY, organisation, entity, vessel, …); UNKNOWN when it states none.
     */
    public static NameKind of(String stated) {
        if (stated == null || stated.isBlank()) {
            return UNKNOWN;
        }
        String kind = stated.strip().toLowerCase(Locale.ROOT);
        if (kind.startsWith("person") || kind.startsWith("individual") || kind.equals("natural person")) {
            return PERSON;
        }
        if (kind.startsWith("compan") || kind.startsWith("organi") || kind.startsWith("entit") || kind.startsWith("legal")
                || kind.startsWith("vessel") || kind.startsWith("aircraft") || kind.startsWith("pub")) {
            return ORGANIZATION;
        }
        return UNKNOWN;
    }
}
