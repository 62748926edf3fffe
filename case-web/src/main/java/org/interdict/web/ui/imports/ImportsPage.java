package org.interdict.web.ui.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.jobs.TradeImportJobs;
import org.interdict.application.trade.CustomsFile;
import org.interdict.application.trade.ImportPreviewService;
import org.interdict.application.trade.ImportProfile;
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
 * The customs imports page: upload a file (CSV or an Excel workbook), see how it would be read (its header,
 * what each column is taken for, the first lines parsed with their problems; a saved profile proposed when
 * the file has its header names), change that and save it as a profile, then start the import; follow the
 * agency's recent imports, and decide the names the imports could not settle alone. The import goes through
 * {@link TradeImportJobs#start} exactly as the API's.
 */
@Named("importsPage")
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TradeImportJobs jobs;

    @Inject
    TradeImportService imports;

    @Inject
    NameProposalService proposals;

    @Inject
    ImportPreviewService previews;

    /** The lines a preview parses. */
    static final int PREVIEW_LINES = 20;
    private java.nio.file.Path held;
    private String heldName;
    private ImportPreviewService.Preview preview;
    private final Map<Integer, String> chosen = new HashMap<>();
    private String profile;
    private String profileName;
    private String currency;
    private String destination;
    private String sheet;
    private List<String> profiles;
    private List<TradeImportService.Progress> recent;
    private final LazyDataModel<ProposalView> proposalModel = new Proposals();

    @PostConstruct
    void init() {
        loadRecent();
    }

    // ---- upload, preview, import

    /**
     * Receives a file and previews it: nothing is imported yet. The file is kept (a temporary file) while the
     * page lives, so that the analyst can change how it is read, save that as a profile, and start the import.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        discardFile();
        try (InputStream body = file.getInputStream()) {
            held = TradeImportJobs.keep(body);
        } catch (IOException | UncheckedIOException e) {
            Ui.error(Texts.text(Texts.IMPORTS, "upload.unreadable", file.getFileName()));
            return;
        }
        heldName = file.getFileName();
        profile = null;
        currency = null;
        destination = null;
        sheet = null;
        chosen.clear();
        preview(null);
    }

    /** Reads the held file again with the profile, sheet, currency and column choices as they are now on the page. */
    public void refresh() {
        CustomsFile.Layout layout = layoutChosen();
        if (layout != null) {
            preview(layout);
        }
    }

    /** Reads the held file with a saved profile: its columns, currency and sheet replace the page's. */
    public void applyProfile() {
        String name = profile;
        chosen.clear();
        currency = null;
        destination = null;
        sheet = null;
        if (name == null || name.isBlank()) {
            preview(CustomsFile.Layout.DEFAULT);
        } else {
            previewWith(name, CustomsFile.Layout.DEFAULT);
        }
    }

    private void preview(CustomsFile.Layout layout) {
        previewWith(null, layout);
    }

    private void previewWith(String profileName, CustomsFile.Layout layout) {
        if (held == null) {
            return;
        }
        Optional<ImportPreviewService.Preview> read = Ui.attempt(() -> previews.preview(held, profileName, layout, PREVIEW_LINES));
        if (read.isEmpty()) {
            return;
        }
        preview = read.get();
        profile = preview.profile();
        currency = preview.layout().currency();
        destination = preview.layout().destination();
        sheet = preview.layout().sheet();
        chosen.clear();
        for (ImportPreviewService.HeaderColumn column : preview.columns()) {
            chosen.put(column.index(), column.column() == null ? "" : column.column());
        }
    }

    /** The layout the page's choices make: each column chosen for a header, the currency and the sheet. */
    private CustomsFile.Layout layoutChosen() {
        Map<CustomsFile.Column, String> columns = new EnumMap<>(CustomsFile.Column.class);
        if (preview != null) {
            for (ImportPreviewService.HeaderColumn column : preview.columns()) {
                String choice = chosen.get(column.index());
                if (choice != null && !choice.isBlank() && !column.name().isBlank()) {
                    CustomsFile.Column.valueOf(choice.toUpperCase(java.util.Locale.ROOT).equals(choice) ? choice
                            : columnConstant(choice));
                    columns.putIfAbsent(CustomsFile.Column.valueOf(columnConstant(choice)), column.name());
                }
            }
        }
        try {
            return new CustomsFile.Layout(columns, currency, destination, sheet);
        } catch (IllegalArgumentException e) {
            Ui.error(e.getMessage());
            return null;
        }
    }

    private static String columnConstant(String header) {
        for (CustomsFile.Column c : CustomsFile.Column.values()) {
            if (c.header().equals(header) || c.name().equals(header)) {
                return c.name();
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }

    /** Starts the import of the held file as the preview reads it, and opens its page. */
    public void startImport() {
        if (held == null) {
            return;
        }
        CustomsFile.Layout layout = layoutChosen();
        if (layout == null) {
            return;
        }
        Optional<TradeImportService.Progress> started;
        try (InputStream body = java.nio.file.Files.newInputStream(held)) {
            started = Ui.attempt(() -> jobs.start(heldName, body, layout));
        } catch (IOException | UncheckedIOException e) {
            Ui.error(Texts.text(Texts.IMPORTS, "upload.unreadable", heldName));
            return;
        }
        if (started.isEmpty()) {
            return;
        }
        discardFile();
        TradeImportService.BatchView batch = started.get().batch();
        Ui.info(Texts.text(Texts.IMPORTS, "upload.started", batch.fileName()));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/import.xhtml?id=" + batch.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page's choices as the agency's profile of the name given. */
    public void saveProfile() {
        CustomsFile.Layout layout = layoutChosen();
        if (layout == null) {
            return;
        }
        Ui.attempt(() -> previews.save(profileName, layout)).ifPresent(saved -> {
            profiles = null;
            profileName = null;
            previewWith(saved.name(), CustomsFile.Layout.DEFAULT);
            Ui.info(Texts.text(Texts.IMPORTS, "profile.saved", saved.name()));
        });
    }

    /** Drops the held file and its preview. */
    public void discard() {
        discardFile();
        preview = null;
        chosen.clear();
    }

    private void discardFile() {
        if (held != null) {
            TradeImportJobs.deleteQuietly(held);
            held = null;
        }
    }

    @PreDestroy
    void destroyed() {
        discardFile();
    }

    public ImportPreviewService.Preview getPreview() {
        return preview;
    }

    public String getHeldName() {
        return heldName;
    }

    /** The column each header of the file is taken for, by the header's place: a column's default name, or empty. */
    public Map<Integer, String> getChosen() {
        return chosen;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile == null || profile.isBlank() ? null : profile;
    }

    public String getProfileName() {
        return profileName;
    }

    public void setProfileName(String profileName) {
        this.profileName = profileName;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null || currency.isBlank() ? null : currency.strip();
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination == null || destination.isBlank() ? null : destination.strip();
    }

    public String getSheet() {
        return sheet;
    }

    public void setSheet(String sheet) {
        this.sheet = sheet == null || sheet.isBlank() ? null : sheet;
    }

    /** The agency's saved profiles' names. */
    public List<String> getProfiles() {
        if (profiles == null) {
            profiles = Ui.attempt(previews::profiles).map(list -> list.stream().map(ImportProfile::name).toList()).orElse(List.of());
        }
        return profiles;
    }

    /** The columns a header can be taken for, by their default names. */
    public List<String> getColumnNames() {
        return java.util.Arrays.stream(CustomsFile.Column.values()).map(CustomsFile.Column::header).toList();
    }

    /** A column as the page names it ("HS code"), by its default name ({@code hs_code}). */
    public String columnLabel(String header) {
        return Texts.text(Texts.IMPORTS, "column." + columnConstant(header));
    }

    /** Columns as the page names them, joined: "Date, HS code". */
    public String columnLabels(List<String> headers) {
        return String.join(", ", headers.stream().map(this::columnLabel).toList());
    }

    /** A line's countries: origin / dispatch → destination, each only when given ("CN / HK → RU", "/ TR", "→ RU"). */
    public String countries(ImportPreviewService.PreviewLine line) {
        String origin = value(line, "origin_country");
        String dispatch = value(line, "dispatch_country");
        String destination = value(line, "destination_country");
        StringBuilder text = new StringBuilder(origin);
        if (!dispatch.isEmpty() && !dispatch.equals(origin)) {
            text.append(text.isEmpty() ? "" : " ").append("/ ").append(dispatch);
        }
        if (!destination.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append("→ ").append(destination);
        }
        return text.toString();
    }

    /** A parsed line's values in the preview table's order. */
    public String value(ImportPreviewService.PreviewLine line, String column) {
        String value = line.values().get(column);
        return value == null ? "" : value;
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
