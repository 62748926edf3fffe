package org.interdict.web.ui;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

/**
 * No Faces exception page, ever. What goes wrong while a page is processed is shown in words:
 * <ul>
 * <li>an expired view (the session timed out, or the server restarted): the page is loaded again,
 * saying so;</li>
 * <li>a refusal by the application (bad input, no permission, a stale version …): its message;</li>
 * <li>anything else: a short apology with an incident number, and the fault in the server log under
 * that number.</li>
 * </ul>
 */
public class UiExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(UiExceptionHandler.class);

    public UiExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            if (faces.getResponseComplete()) {
                continue;
            }
            if (isExpired(thrown)) {
                Ui.warn(Texts.text(Texts.SHELL, "error.expired"));
                reload(faces);
                continue;
            }
            Optional<String> words = Ui.inWords(thrown);
            if (words.isPresent()) {
                Ui.error(words.get());
            } else {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.errorf(unwrap(thrown), "Incident %s on page %s", incident,
                        faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId());
                Ui.error(Texts.text(Texts.SHELL, "error.unexpected", incident));
            }
            if (faces.getCurrentPhaseId() == jakarta.faces.event.PhaseId.RENDER_RESPONSE) {
                // Half a page may have been written: start again on the dashboard, which shows the message.
                redirect(faces, faces.getExternalContext().getRequestContextPath() + "/");
            } else {
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean isExpired(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e instanceof FacesException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** Loads the page again by GET, with the query it was opened with (ajax requests are redirected too). */
    private static void reload(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        String uri = (String) external.getRequestMap().get("jakarta.servlet.forward.request_uri");
        if (uri == null) {
            uri = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getRequestURI();
        }
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        redirect(faces, query == null ? uri : uri + "?" + query);
    }

    private static void redirect(FacesContext faces, String address) {
        try {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(address);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException committed) {
            LOG.debug("Response already committed; the message stays in the log only", committed);
        }
    }
}
