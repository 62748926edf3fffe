package org.interdict.web.ui.imports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.jobs.TradeImportJobs;
import org.interdict.application.trade.CustomsFile;
import org.interdict.application.trade.NameProposalService;
import org.interdict.application.trade.NameProposalService.ProposalView;
import org.interdict.application.trade.TradeImportService;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customs imports page: upload a CSV file (optionally naming the columns it calls otherwise), follow
 * the agency's recent imports, and decide the names the imports could not settle alone. The upload goes
 * through {@link TradeImportJobs#start} exactly as the API's, which stages the file (streamed, with its
 * SHA-256), lets the import service check its header and record the batch, and runs it in the background.
 */
@Named("importsPage")
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The id prefix of the mapping inputs: {@code map-HS_CODE} names the file's header for {@code hs_code}. */
    static final String MAPPING_INPUT = "map-";

    @Inject
    TradeImportJobs jobs;

    @Inject
    TradeImportService imports;

    @Inject
    NameProposalService proposals;

    private final Map<String, String> mapping = new HashMap<>();
    private List<TradeImportService.Progress> recent;
    private final LazyDataModel<ProposalView> proposalModel = new Proposals();

    @PostConstruct
    void init() {
        loadRecent();
    }

    public List<CustomsFile.Column> getColumns() {
        return List.of(CustomsFile.Column.values());
    }

    /** The file's header for each column, by the column's constant name; empty means the standard header. */
    public Map<String, String> getMapping() {
        return mapping;
    }

    /**
     * Starts the import of the uploaded file and opens its page. The upload event comes before the form's
     * values reach the model, so the column mapping is read from the same request's parameters.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        Map<CustomsFile.Column, String> columns = submittedMapping();
        Optional<TradeImportService.Progress> started;
        try (InputStream body = file.getInputStream()) {
            started = Ui.attempt(() -> jobs.start(file.getFileName(), body, CustomsFile.Layout.of(columns)));
        } catch (IOException | UncheckedIOException e) {
            Ui.error(Texts.text(Texts.IMPORTS, "upload.unreadable", file.getFileName()));
            return;
        }
        if (started.isEmpty()) {
            return;
        }
        TradeImportService.BatchView batch = started.get().batch();
        Ui.info(Texts.text(Texts.IMPORTS, "upload.started", batch.fileName()));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/import.xhtml?id=" + batch.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<CustomsFile.Column, String> submittedMapping() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Map<CustomsFile.Column, String> columns = new EnumMap<>(CustomsFile.Column.class);
        for (CustomsFile.Column column : CustomsFile.Column.values()) {
            String header = parameters.get(MAPPING_INPUT + column.name());
            mapping.put(column.name(), header);
            if (header != null && !header.isBlank()) {
                columns.put(column, header.strip());
            }
        }
        return columns;
    }

    // ---- recent imports

    public List<TradeImportService.Progress> getRecent() {
        return recent;
    }

    public void loadRecent() {
        recent = Ui.attempt(imports::recent).orElse(List.of());
    }

    /** Whether one of the recent imports still runs (the list then refreshes itself). */
    public boolean isAnyRunning() {
        // An import has ended exactly when it has an end time (ImportBatch keeps the two together).
        return recent.stream().anyMatch(p -> p.batch().finishedAt() == null);
    }

    // ---- name proposals

    public LazyDataModel<ProposalView> getProposals() {
        return proposalModel;
    }

    public void confirm(ProposalView proposal) {
        Ui.attempt(() -> proposals.confirm(proposal.id())).ifPresent(decided -> Ui.info(Texts.text(Texts.IMPORTS,
                "proposals.confirmed", decided.name(), proposal.candidateName(), decided.records())));
    }

    public void reject(ProposalView proposal) {
        Ui.attempt(() -> proposals.reject(proposal.id())).ifPresent(decided -> Ui.info(Texts.text(Texts.IMPORTS,
                "proposals.rejected", decided.name(), decided.records())));
    }

    /** One page of the open proposals at a time, newest first, as the service orders them. */
    private final class Proposals extends LazyDataModel<ProposalView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Ui.attempt(() -> proposals.open(0, 1)).map(page -> (int) Math.min(Integer.MAX_VALUE, page.total())).orElse(0);
        }

        @Override
        public List<ProposalView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return Ui.attempt(() -> proposals.open(first, pageSize)).map(page -> {
                setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
                return page.items();
            }).orElse(List.of());
        }

        @Override
        public String getRowKey(ProposalView proposal) {
            return proposal.id().toString();
        }

        @Override
        public ProposalView getRowData(String rowKey) {
            return null;
        }
    }
}
