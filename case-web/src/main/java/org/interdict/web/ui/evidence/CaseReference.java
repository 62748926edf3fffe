package org.interdict.web.ui.evidence;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

import org.interdict.web.ui.Ui;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The case the page shows, as its URL names it ({@code /case.xhtml?ref=ICT-…}), and loading what the
 * parts of the page show without repeating a refusal: the case page itself reports a case that does not
 * exist or may not be seen, so the parts stay silent about it.
 */
final class CaseReference {

    static final String PARAMETER = "ref";

    private CaseReference() {
    }

    /**
     * The reference from the request; on a postback that does not carry it (a tab loaded by ajax), the
     * value the page's {@code <f:viewParam name="ref">} keeps in the view.
     */
    static String current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String reference = faces.getExternalContext().getRequestParameterMap().get(PARAMETER);
        if ((reference == null || reference.isBlank()) && faces.getViewRoot() != null) {
            for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
                if (PARAMETER.equals(parameter.getName())) {
                    reference = parameter.getStringValue(faces);
                }
            }
        }
        return reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** What the service answers, or empty (and no message) when it refuses in words. */
    static <T> Optional<T> quietly(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (RuntimeException e) {
            if (Ui.inWords(e).isEmpty()) {
                throw e;
            }
            return Optional.empty();
        }
    }
}
