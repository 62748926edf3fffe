package org.interdict.web.ui.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.interdict.web.ui.Texts;

/**
 * The evidence texts with their arguments filled in, for pages: {@code #{ewords.text1('upload.hint', size)}}
 * (a bundle's {@code #{emsg[…]}} has no arguments).
 */
@Named("ewords")
@ApplicationScoped
public class EvidenceWords {

    public String text1(String key, Object first) {
        return Texts.text(Texts.EVIDENCE, key, first);
    }

    public String text2(String key, Object first, Object second) {
        return Texts.text(Texts.EVIDENCE, key, first, second);
    }

    public String text3(String key, Object first, Object second, Object third) {
        return Texts.text(Texts.EVIDENCE, key, first, second, third);
    }
}
