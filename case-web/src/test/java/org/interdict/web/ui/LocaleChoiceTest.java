package org.interdict.web.ui;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language switch: only the UI's languages, a year-long cookie, and back to a local path only. */
class LocaleChoiceTest {

    @Test
    void onlyTheLanguagesOfTheUiCount() {
        assertEquals(Optional.of(Locale.forLanguageTag("ru")), LocaleChoice.supported("ru"));
        assertEquals(Optional.of(Locale.ENGLISH), LocaleChoice.supported(" EN "));
        assertEquals(Optional.empty(), LocaleChoice.supported("de"));
        assertEquals(Optional.empty(), LocaleChoice.supported(null));
        Cookie[] cookies = {new Cookie("JSESSIONID", "x"), new Cookie(LocaleChoice.COOKIE, "ru")};
        assertEquals(Optional.of(Locale.forLanguageTag("ru")), LocaleChoice.remembered(cookies));
        assertEquals(Optional.empty(), LocaleChoice.remembered(new Cookie[] {new Cookie(LocaleChoice.COOKIE, "xx")}));
        assertEquals(Optional.empty(), LocaleChoice.remembered(null));
    }

    @Test
    void theCookieLastsAYearForTheWholeApplication() {
        Cookie cookie = LocaleChoice.cookie(Locale.forLanguageTag("ru"), true);
        assertEquals("interdict-locale", cookie.getName());
        assertEquals("ru", cookie.getValue());
        assertEquals("/", cookie.getPath());
        assertEquals(365 * 24 * 3600, cookie.getMaxAge());
        assertEquals("Lax", cookie.getAttribute("SameSite"));
    }

    @Test
    void backIsALocalPathOnly() {
        assertEquals("/case.xhtml?ref=ICT-2026-000001", LocaleChoice.localPath("/case.xhtml?ref=ICT-2026-000001"));
        assertEquals("/", LocaleChoice.localPath("//evil.example/"));
        assertEquals("/", LocaleChoice.localPath("/\\evil.example/"));
        assertEquals("/", LocaleChoice.localPath("https://evil.example/"));
        assertEquals("/", LocaleChoice.localPath("evil.example"));
        assertEquals("/", LocaleChoice.localPath("/x\r\nSet-Cookie: a=b"));
        assertEquals("/", LocaleChoice.localPath(null));
        assertEquals("/locale?lang=ru&back=%2Fcases.xhtml%3Fpage%3D2",
                LocaleChoice.switchAddress("", "ru", "/cases.xhtml?page=2"));
    }
}
