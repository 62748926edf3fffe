package org.interdict.web.ui;

import jakarta.faces.context.FacesContext;

import com.ibm.icu.text.MessageFormat;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts people read, from the resource bundles under {@code org/interdict/web/ui/} (one per area of
 * the UI, registered in faces-config.xml), in the locale Faces chose for the request.
 */
public final class Texts {

    public static final String SHELL = "org.interdict.web.ui.messages";
    public static final String CASES = "org.interdict.web.ui.cases";
    public static final String EVIDENCE = "org.interdict.web.ui.evidence";
    public static final String WORK = "org.interdict.web.ui.work";
    public static final String PARTIES = "org.interdict.web.ui.parties";
    public static final String SEARCH = "org.interdict.web.ui.search";
    public static final String IMPORTS = "org.interdict.web.ui.imports";
    public static final String DECISIONS = "org.interdict.web.ui.decisions";
    public static final String DESIGNATIONS = "org.interdict.web.ui.designations";
    public static final String AUDIT = "org.interdict.web.ui.audit";
    public static final String ADMIN = "org.interdict.web.ui.admin";

    private Texts() {
    }

    /**
     * The locale of the current request: the view root's, which Faces calculated ({@link LocaleViewHandler}: the
     * language chosen with the switch, else the browser's among the supported ones).
     */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Locale.ENGLISH;
        }
        if (faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /**
     * The bundle for the locale, else the base (English) one: never the server's default locale's, so that
     * an English reader gets English on a server that runs in another language.
     */
    public static ResourceBundle bundle(String bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** The text under {@code key} in {@code bundle}, its {@code {0}}… filled with the arguments for the locale. */
    public static String text(String bundle, String key, Object... arguments) {
        return text(bundle, locale(), key, arguments);
    }

    /**
     * The text under {@code key} in {@code bundle} for {@code locale}. Patterns are ICU MessageFormat
     * patterns (a superset of java.text's: {@code {0,choice,…}} as well as {@code {0,plural,one{…} few{…}
     * many{…} other{…}}}, which Russian needs for its three plural forms); without arguments the text is
     * returned as written, as the pages' EL shows it.
     */
    public static String text(String bundle, Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(bundle, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
