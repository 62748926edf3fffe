package org.interdict.web.ui.decisions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.Page;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.casefile.ProposalView;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Shell;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A supervisor's decision queue: the proposals of their agency that wait for their decision, the longest
 * waiting first, one page at a time from {@link CaseService#awaitingDecision}, which also leaves out the
 * supervisor's own proposals (four eyes) and refuses anyone who is not a supervisor.
 */
@Named("decisionQueue")
@ViewScoped
public class DecisionQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Inject
    Shell shell;

    @Inject
    People people;

    @Inject
    Formats fmt;

    private final Model model = new Model();
    private long total;
    private boolean refused;

    @PostConstruct
    void init() {
        Optional<Page<CaseView>> first = Ui.attempt(() -> cases.awaitingDecision(0, 1));
        refused = first.isEmpty();
        total = first.map(Page::total).orElse(0L);
        model.setRowCount((int) total);
    }

    public LazyDataModel<CaseView> getModel() {
        return model;
    }

    public long getTotal() {
        return total;
    }

    public boolean isRefused() {
        return refused;
    }

    /** "3 proposals wait for a decision". */
    public String getTotalText() {
        return Texts.text(Texts.DECISIONS, "queue.total", total);
    }

    /** Whether the signed-in supervisor made this proposal (another supervisor must decide it). */
    public boolean isOwn(CaseView c) {
        ProposalView p = c.pendingProposal();
        return p != null && shell.getProfile() != null && p.proposedBy().equals(shell.getProfile().username());
    }

    /** A user's display name, as the directory knows it (the username when it cannot be asked). */
    public String who(String username) {
        return people.name(username);
    }

    /** A constant (a measure …) in words: this bundle's text under {@code prefix.CONSTANT}, else as a sentence. */
    public String words(String prefix, String constant) {
        if (constant == null) {
            return "";
        }
        String key = prefix + "." + constant;
        String found = Texts.text(Texts.DECISIONS, key);
        return found.equals(key) ? fmt.label(constant) : found;
    }

    /** The page of the queue, asked from the service with its total. */
    private final class Model extends LazyDataModel<CaseView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) total;
        }

        @Override
        public List<CaseView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Optional<Page<CaseView>> page = Ui.attempt(() -> cases.awaitingDecision(first, pageSize));
            total = page.map(Page::total).orElse(0L);
            setRowCount((int) total);
            return page.map(Page::items).orElse(List.of());
        }

        @Override
        public String getRowKey(CaseView c) {
            return c.reference();
        }

        @Override
        public CaseView getRowData(String key) {
            return null;
        }
    }
}
