package org.interdict.domain.model.casefile;

import org.interdict.domain.model.shared.PlainText;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What people write about a case: title, summary, priority, due date, tags, and who works on it. */
public record CaseDetails(String title, String summary, Priority priority, LocalDate dueDate, Set<String> tags,
        String assignee) {

    public CaseDetails {
        if (PlainText.isBlank(title)) {
            throw new IllegalArgumentException("A case needs a title");
        }
        title = PlainText.line(title, "a case title", 200);
        summary = PlainText.optionalParagraphs(summary, "a case summary", 10_000);
        dueDate = PlainText.date(dueDate, "a due date");
        priority = priority == null ? Priority.MEDIUM : priority;
        Set<String> normalised = new TreeSet<>();
        if (tags != null) {
            for (String tag : tags) {
                String t = PlainText.optionalLine(tag, "a tag", 50);
                if (t != null) {
                    normalised.add(t.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (normalised.size() > CaseFile.MAX_TAGS) {
            throw new IllegalArgumentException("A case has at most " + CaseFile.MAX_TAGS + " tags");
        }
        tags = Set.copyOf(normalised);
        assignee = PlainText.optionalLine(assignee, "an assignee", 100);
    }
}
