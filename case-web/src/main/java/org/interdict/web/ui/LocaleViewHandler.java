package org.interdict.web.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The locale of every view: the language chosen with the top bar's switch (its cookie) when there is
 * one, else what Faces picks from the browser's Accept-Language among the supported locales.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        if (request instanceof HttpServletRequest) {
            return LocaleChoice.remembered(((HttpServletRequest) request).getCookies())
                    .orElseGet(() -> getWrapped().calculateLocale(context));
        }
        return getWrapped().calculateLocale(context);
    }
}
