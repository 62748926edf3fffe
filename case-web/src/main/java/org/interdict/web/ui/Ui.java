package org.interdict.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import org.interdict.application.ConflictException;
import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.StaleVersionException;
import org.interdict.application.VersionRequiredException;
import org.interdict.application.evidence.ContentTooLargeException;
import org.interdict.application.evidence.UnsupportedContentException;
import org.interdict.application.identity.UserDirectory;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.report.ReportUnavailableException;
import org.interdict.application.search.SearchCursorExpiredException;
import org.interdict.application.security.AccessDeniedException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * How pages call the application services: an action either succeeds, or the reason it was refused is
 * shown in words at the top of the page (the same messages the API puts in its problems). A page never
 * decides what is allowed itself; it asks the service and reports its answer.
 */
public final class Ui {

    private Ui() {
    }

    /** Runs the action; on a refusal shows why and returns empty. */
    public static <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException e) {
            Optional<String> words = inWords(e);
            if (words.isEmpty()) {
                throw e;
            }
            error(words.get());
            return Optional.empty();
        }
    }

    /** Runs the action; true when it succeeded, false when it was refused and the reason is shown. */
    public static boolean run(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * The refusal in words, when the exception is one the application raises on purpose (bad input,
     * a missing or hidden record, a stale version, a step that does not fit, no permission, a backing
     * service down); empty for a fault, which the exception handler reports with an incident number.
     */
    public static Optional<String> inWords(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof StaleVersionException || e instanceof VersionRequiredException
                    || e instanceof InvalidInputException || e instanceof RecordNotFoundException
                    || e instanceof ConflictException || e instanceof SearchUnavailableException
                    || e instanceof ReportUnavailableException || e instanceof UserDirectory.UnavailableException
                    || e instanceof SearchCursorExpiredException || e instanceof ContentTooLargeException
                    || e instanceof UnsupportedContentException) {
                return Optional.of(e.getMessage());
            }
            if (e instanceof AccessDeniedException) {
                return Optional.of(Texts.text(Texts.SHELL, "error.denied", e.getMessage()));
            }
            if (e instanceof OptimisticLockException) {
                return Optional.of(Texts.text(Texts.SHELL, "error.stale.race"));
            }
        }
        return Optional.empty();
    }

    /** True when the refusal was an edit from an outdated version: the page should load the current one. */
    public static boolean isStale(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof StaleVersionException || e instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }
}
