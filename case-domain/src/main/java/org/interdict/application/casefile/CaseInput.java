package org.interdict.application.casefile;

import org.interdict.application.Enums;
import org.interdict.application.InvalidInputException;
import org.interdict.domain.model.casefile.CaseDetails;
import org.interdict.domain.model.casefile.Priority;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * What a caller writes about a case. {@code subjects} counts only when the case is opened; later,
 * subjects are linked and unlinked one by one.
 */
public record CaseInput(String title, String summary, String priority, LocalDate dueDate, List<String> tags,
        String assignee, List<UUID> subjects) {

    CaseDetails toDetails() {
        Priority p = Enums.parse(Priority.class, "priority", priority);
        return InvalidInputException.check(() -> new CaseDetails(title, summary, p, dueDate,
                tags == null ? null : new HashSet<>(tags), assignee));
    }
}
