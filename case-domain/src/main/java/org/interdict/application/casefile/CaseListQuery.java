package org.interdict.application.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Filters, order and page of a list of cases, as callers send them; null means "any". */
public record CaseListQuery(List<String> statuses, String assignee, String agency, UUID subject, LocalDate dueBefore,
        String sort, int offset, int limit, List<String> priorities, String tag) {

    /** Without the priority and tag filters. */
    public CaseListQuery(List<String> statuses, String assignee, String agency, UUID subject, LocalDate dueBefore,
            String sort, int offset, int limit) {
        this(statuses, assignee, agency, subject, dueBefore, sort, offset, limit, null, null);
    }
}
