package org.interdict.web.ui.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.interdict.web.ui.Texts;

/** Texts of the search pages with their arguments filled in, for the pages: {@code #{stext.format('key', a, b)}}. */
@Named("stext")
@ApplicationScoped
public class SearchTexts {

    public String format(String key, Object... arguments) {
        return Texts.text(Texts.SEARCH, key, arguments);
    }
}
