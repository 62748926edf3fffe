package org.interdict.web.ui;

import jakarta.servlet.http.Cookie;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a person chose with the top bar's switch: remembered for a year in the cookie
 * {@value #COOKIE} and preferred over the browser's Accept-Language. Only the languages the UI is
 * written in (those of faces-config.xml's locale-config) count; anything else in the cookie is ignored.
 */
public final class LocaleChoice {

    public static final String COOKIE = "interdict-locale";

    /** The languages of the UI, in the order the switch shows them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private LocaleChoice() {
    }

    /** The supported locale for a language code ("ru", "en"), or empty for anything else. */
    public static Optional<Locale> supported(String language) {
        if (language == null || language.isBlank()) {
            return Optional.empty();
        }
        String wanted = language.trim().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted)).findFirst();
    }

    /** The language remembered in the request's cookies, if it is one of the UI's. */
    public static Optional<Locale> remembered(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return supported(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The cookie that remembers the choice: the whole application, a year, sent on top-level navigation. */
    public static Cookie cookie(Locale locale, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /**
     * Where to go back to after switching: a path of this application only ("/case.xhtml?ref=…"), never
     * another site. Anything that is not a plain local path ("//evil", "/\evil", "https://…", control
     * characters) gives the start page.
     */
    public static String localPath(String back) {
        if (back == null || back.isEmpty() || back.length() > 2000 || back.charAt(0) != '/') {
            return "/";
        }
        if (back.length() > 1 && (back.charAt(1) == '/' || back.charAt(1) == '\\')) {
            return "/";
        }
        for (int i = 0; i < back.length(); i++) {
            char c = back.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return back;
    }

    /** The address of the switch for a language, coming back to {@code back} (a path of this application). */
    public static String switchAddress(String contextPath, String language, String back) {
        return contextPath + "/locale?lang=" + language + "&back="
                + URLEncoder.encode(localPath(back), StandardCharsets.UTF_8);
    }
}
