package org.interdict.web.ui.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.casefile.CaseView;
import org.interdict.application.party.PartySummary;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Texts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * How the work pages (dashboard, cases list, opening a case) write a case's state and its due date:
 * {@code #{workLabels.status(c.status())}} reads "awaiting decision" for a proposed case. Pure formatting,
 * no service call, so that it is cheap in every row.
 */
@Named("workLabels")
@ApplicationScoped
public class WorkLabels {

    /** Within this many days a due date is "due soon". */
    static final int SOON_DAYS = 7;

    @Inject
    Formats formats;

    /** A case status in the bundle's words ({@code status.NAME}), else as {@link Formats#label} writes it. */
    public String status(Object status) {
        if (status == null) {
            return "";
        }
        String key = "status." + status;
        return has(key) ? Texts.text(Texts.WORK, key) : formats.label(status);
    }

    /** A priority in the bundle's words ({@code priority.NAME}). */
    public String priority(Object priority) {
        if (priority == null) {
            return "";
        }
        String key = "priority." + priority;
        return has(key) ? Texts.text(Texts.WORK, key) : formats.label(priority);
    }

    /** A role's name as people read it: "Analyst", "Administrator". */
    public String role(String role) {
        String key = "role." + role;
        return has(key) ? Texts.text(Texts.WORK, key) : role;
    }

    /** The style class of a due date: overdue (as the service judged it), due within a week, or none. */
    public String dueClass(LocalDate due, boolean overdue) {
        if (due == null) {
            return "";
        }
        if (overdue) {
            return "overdue";
        }
        long days = daysUntil(due);
        return days >= 0 && days <= SOON_DAYS ? "due-soon" : "";
    }

    /** A few words beside a due date: "3 days overdue", "today", "in 2 days" (only when it is close). */
    public String dueHint(LocalDate due, boolean overdue) {
        if (due == null) {
            return "";
        }
        long days = daysUntil(due);
        if (overdue) {
            return Texts.text(Texts.WORK, "due.overdue", Math.max(1, -days));
        }
        if (days == 0) {
            return Texts.text(Texts.WORK, "due.today");
        }
        if (days > 0 && days <= SOON_DAYS) {
            return Texts.text(Texts.WORK, "due.in", days);
        }
        return "";
    }

    /** The subjects of a case as one line of names. */
    public String subjects(CaseView view) {
        if (view == null || view.subjects() == null) {
            return "";
        }
        return view.subjects().stream().map(PartySummary::primaryName).collect(Collectors.joining("; "));
    }

    /** Today as the services count due dates (UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static long daysUntil(LocalDate due) {
        return ChronoUnit.DAYS.between(today(), due);
    }

    private static boolean has(String key) {
        try {
            Locale locale = Texts.locale();
            return ResourceBundle.getBundle(Texts.WORK, locale, WorkLabels.class.getClassLoader()).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
