package org.interdict.web.ui.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;

import java.io.Serializable;

/**
 * The case of the page, read once per view for the parts that need it (its subjects, its allowed steps,
 * its pending proposal, the version a proposal is made against), so that the trade and proposal parts
 * do not each read it again.
 */
@ViewScoped
public class CaseAtHand implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    private String reference;
    // A record (not serializable): a view restored elsewhere reads it again.
    private transient CaseView view;
    private transient boolean loaded;

    @PostConstruct
    void init() {
        reference = CaseReference.current();
    }

    /** The case as the caller may see it; null when there is none (the case page says why). */
    public CaseView view() {
        if (!loaded) {
            view = reference == null ? null : CaseReference.quietly(() -> cases.get(reference)).orElse(null);
            loaded = true;
        }
        return view;
    }

    public String reference() {
        return reference;
    }
}
