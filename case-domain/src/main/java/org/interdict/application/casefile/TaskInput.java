package org.interdict.application.casefile;

import java.time.LocalDate;

/** A task as a person writes it: title, optionally whom it goes to and by when. */
public record TaskInput(String title, String assignee, LocalDate dueDate) {
}
