package org.interdict.domain.model.casefile;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What people write about a case: title, summary, priority, due date, tags, and who works on it. */
public record CaseDetails(String title, String summary, Priority priority, LocalDate dueDate, Set<String> tags,
        String assignee) {

    public CaseDetails {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A case needs a title");
        }
        title = title.strip();
        if (title.length() > 200) {
            throw new IllegalArgumentException("A case title has at most 200 characters");
        }
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        if (summary != null && summary.length() > 10_000) {
            throw new IllegalArgumentException("A case summary has at most 10,000 characters");
        }
        priority = priority == null ? Priority.MEDIUM : priority;
        Set<String> normalised = new TreeSet<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag == null || tag.isBlank()) {
                    continue;
                }
                String t = tag.strip().toLowerCase(Locale.ROOT);
                if (t.length() > 50) {
                    throw new IllegalArgumentException("A tag has at most 50 characters: " + t.substring(0, 20) + "…");
                }
                normalised.add(t);
            }
        }
        if (normalised.size() > CaseFile.MAX_TAGS) {
            throw new IllegalArgumentException("A case has at most " + CaseFile.MAX_TAGS + " tags");
        }
        tags = Set.copyOf(normalised);
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    }
}
