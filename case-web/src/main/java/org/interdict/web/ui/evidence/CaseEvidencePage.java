package org.interdict.web.ui.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.evidence.Attached;
import org.interdict.application.evidence.Download;
import org.interdict.application.evidence.EvidenceInput;
import org.interdict.application.evidence.EvidenceService;
import org.interdict.application.evidence.EvidenceTextService;
import org.interdict.application.evidence.EvidenceUploads;
import org.interdict.application.evidence.EvidenceView;
import org.interdict.application.evidence.TextState;
import org.interdict.application.evidence.TextStatus;
import org.interdict.application.evidence.Verification;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The evidence files of a case: the list with where reading each file's text stands, uploading files
 * (streamed to the evidence store as the REST API does it, with what the analyst wrote about them),
 * reading a file's text, downloading and verifying it. Every access is the service's custody event.
 */
@Named("caseEvidence")
@ViewScoped
public class CaseEvidencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most characters of a file's text the dialog shows (the download holds all of it). */
    static final int SHOWN_CHARACTERS = 200_000;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceUploads uploads;

    @Inject
    EvidenceTextService texts;

    @Inject
    Formats fmt;

    private String reference;
    // Views are records (not serializable): a view restored elsewhere reads them again.
    private transient List<EvidenceView> items;
    private boolean reading;
    private transient Map<UUID, Verification> verified;

    // What is written about the files uploaded next: kept for every file until the analyst changes or clears it.
    private String description;
    private String source;
    private String obtainedBy;
    private String obtainedFrom;
    private LocalDate obtainedOn;
    private String handlingMarking;

    // The text shown in the dialog.
    private transient EvidenceView shown;
    private transient EvidenceTextService.EvidenceText shownText;

    @PostConstruct
    void init() {
        reference = CaseReference.current();
        load();
    }

    /** Reads the list again (also what the poll does while texts are being read). */
    public void load() {
        items = reference == null ? List.of() : CaseReference.quietly(() -> evidence.list(reference)).orElse(List.of());
        reading = items.stream().anyMatch(e -> isReading(e.extraction()));
    }

    // ---------------------------------------------------------------------------------------------
    // Upload

    /** One file of an upload: streamed from the container's part into the store, never read into memory here. */
    /**
     * The details as they were sent with this upload: PrimeFaces hands the file over while it decodes the
     * request, before the form's other fields reach the bean, which then still holds the previous values.
     */
    private void detailsAsSent() {
        Map<String, String> sent = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        if (!sent.containsKey("evidence-description")) {
            return;
        }
        description = sent.get("evidence-description");
        source = sent.get("evidence-source");
        obtainedBy = sent.get("evidence-obtained-by");
        obtainedFrom = sent.get("evidence-obtained-from");
        handlingMarking = sent.get("evidence-marking");
        String on = sent.get("evidence-obtained-on_input");
        try {
            obtainedOn = on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
        } catch (java.time.format.DateTimeParseException e) {
            obtainedOn = null;
            Ui.warn(Texts.text(Texts.EVIDENCE, "upload.date.ignored", on.strip()));
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        detailsAsSent();
        EvidenceInput input = new EvidenceInput(file.getFileName(), blankToNull(description), blankToNull(source),
                blankToNull(obtainedBy), blankToNull(obtainedFrom), obtainedOn, blankToNull(handlingMarking));
        try {
            Optional<Attached> attached = Ui.attempt(() -> {
                try (InputStream content = file.getInputStream()) {
                    return uploads.upload(reference, input, null, null, content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            attached.ifPresent(a -> {
                if (a.duplicate()) {
                    Ui.warn(Texts.text(Texts.EVIDENCE, "upload.duplicate", file.getFileName(), a.evidence().name(),
                            fmt.dateTime(a.evidence().addedAt())));
                } else {
                    Ui.info(Texts.text(Texts.EVIDENCE, "upload.done", a.evidence().name(), fmt.bytes(a.evidence().size())));
                }
            });
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
        load();
    }

    /** Empties what is written for the next files. */
    public void clearDetails() {
        description = null;
        source = null;
        obtainedBy = null;
        obtainedFrom = null;
        obtainedOn = null;
        handlingMarking = null;
    }

    /** The browser refused a file before sending it: larger than the limit. */
    public void refusedTooLarge() {
        Ui.error(Texts.text(Texts.EVIDENCE, "upload.tooLarge", fmt.bytes(uploads.maxBytes())));
    }

    /** The largest file accepted, in bytes (the service's setting): the browser refuses larger ones before sending. */
    public long getMaxBytes() {
        return uploads.maxBytes();
    }

    public String getMaxSize() {
        return fmt.bytes(uploads.maxBytes());
    }

    // ---------------------------------------------------------------------------------------------
    // One item

    /** The file, for p:fileDownload (a non-ajax request); null when refused, and the reason is shown. */
    public StreamedContent download(EvidenceView item) {
        Optional<Download> download = Ui.attempt(() -> evidence.download(item.id()));
        if (download.isPresent()) {
            // A file is never run as a page of this application, whatever it holds (HTML, SVG …).
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .setResponseHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
        }
        return download.map(CaseEvidencePage::streamed).orElse(null);
    }

    private static StreamedContent streamed(Download download) {
        Download.Opener opener = download.content();
        return DefaultStreamedContent.builder()
                .name(download.evidence().name())
                .contentType(download.evidence().mediaType())
                .contentLength(download.evidence().size())
                .stream(() -> {
                    try {
                        return opener.open();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public void verify(EvidenceView item) {
        Ui.attempt(() -> evidence.verify(item.id())).ifPresent(v -> {
            verified().put(item.id(), v);
            if (v.intact()) {
                Ui.info(Texts.text(Texts.EVIDENCE, "verify.intact", item.name()));
            } else if (v.found() == null) {
                Ui.error(Texts.text(Texts.EVIDENCE, "verify.missing", item.name()));
            } else {
                Ui.error(Texts.text(Texts.EVIDENCE, "verify.changed", item.name(), v.found()));
            }
        });
    }

    /** The outcome of the last verification of this item in this view, in words; null before one. */
    public String verification(EvidenceView item) {
        Verification v = verified().get(item.id());
        if (v == null) {
            return null;
        }
        String when = fmt.dateTime(v.checkedAt());
        if (v.intact()) {
            return Texts.text(Texts.EVIDENCE, "verify.row.intact", when);
        }
        return v.found() == null ? Texts.text(Texts.EVIDENCE, "verify.row.missing", when)
                : Texts.text(Texts.EVIDENCE, "verify.row.changed", when);
    }

    public boolean verifiedIntact(EvidenceView item) {
        Verification v = verified().get(item.id());
        return v != null && v.intact();
    }

    public void showText(EvidenceView item) {
        shown = item;
        shownText = Ui.attempt(() -> texts.text(item.id())).orElse(null);
    }

    public void readAgain() {
        if (shown == null) {
            return;
        }
        Ui.attempt(() -> texts.readAgain(shown.id())).ifPresent(state -> {
            Ui.info(Texts.text(Texts.EVIDENCE, "text.readAgain.done", shown.name()));
            shownText = new EvidenceTextService.EvidenceText(shown.id(), state, shownText == null ? null : shownText.text());
        });
        load();
    }

    // ---------------------------------------------------------------------------------------------
    // Words

    /** Where reading the file's text stands, in words: "Text read — 1,234 characters, Russian", "Reading…", "Could not read: …". */
    public String extraction(TextState state) {
        String status = status(state);
        if (TextStatus.DONE.name().equals(status)) {
            int characters = state.characters() == null ? 0 : state.characters();
            String language = Languages.name(state.language(), Texts.locale());
            String words = language == null
                    ? Texts.text(Texts.EVIDENCE, "extraction.done", fmt.number(characters))
                    : Texts.text(Texts.EVIDENCE, "extraction.done.language", fmt.number(characters), language);
            if (Boolean.TRUE.equals(state.ocr())) {
                words += Texts.text(Texts.EVIDENCE, "extraction.ocr");
            }
            if (Boolean.TRUE.equals(state.truncated())) {
                words += Texts.text(Texts.EVIDENCE, "extraction.truncated");
            }
            return words;
        }
        if (TextStatus.FAILED.name().equals(status)) {
            return Texts.text(Texts.EVIDENCE, "extraction.failed", state.failure() == null ? "" : state.failure());
        }
        return Texts.text(Texts.EVIDENCE, "extraction.reading");
    }

    /** The status constant, for the pill's class (extraction-DONE …); waiting when none is recorded yet. */
    public String status(TextState state) {
        return state == null || state.status() == null ? TextStatus.PENDING.name() : state.status();
    }

    public boolean failed(TextState state) {
        return TextStatus.FAILED.name().equals(status(state));
    }

    private boolean isReading(TextState state) {
        String status = status(state);
        return TextStatus.PENDING.name().equals(status) || TextStatus.RUNNING.name().equals(status);
    }

    /** The first 12 characters of a SHA-256, to tell files apart at a glance (the full one is in the title). */
    public String shortHash(String sha256) {
        return sha256 == null || sha256.length() <= 12 ? sha256 : sha256.substring(0, 12) + "…";
    }

    private Map<UUID, Verification> verified() {
        if (verified == null) {
            verified = new HashMap<>();
        }
        return verified;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---------------------------------------------------------------------------------------------
    // Properties

    public String getReference() {
        return reference;
    }

    public List<EvidenceView> getItems() {
        if (items == null) {
            load();
        }
        return items;
    }

    /** True while any file waits to be read or is being read: the page polls until none does. */
    public boolean isReading() {
        return reading;
    }

    public EvidenceView getShown() {
        return shown;
    }

    public EvidenceTextService.EvidenceText getShownText() {
        return shownText;
    }

    /** The text to show in the dialog: at most {@value #SHOWN_CHARACTERS} characters, so that the page stays light. */
    public String getShownContent() {
        String text = shownText == null ? null : shownText.text();
        return text == null || text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS);
    }

    public boolean isShownCut() {
        return shownText != null && shownText.text() != null && shownText.text().length() > SHOWN_CHARACTERS;
    }

    public String getShownCutNotice() {
        return Texts.text(Texts.EVIDENCE, "text.cut", fmt.number(SHOWN_CHARACTERS));
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getObtainedBy() {
        return obtainedBy;
    }

    public void setObtainedBy(String obtainedBy) {
        this.obtainedBy = obtainedBy;
    }

    public String getObtainedFrom() {
        return obtainedFrom;
    }

    public void setObtainedFrom(String obtainedFrom) {
        this.obtainedFrom = obtainedFrom;
    }

    public LocalDate getObtainedOn() {
        return obtainedOn;
    }

    public void setObtainedOn(LocalDate obtainedOn) {
        this.obtainedOn = obtainedOn;
    }

    public String getHandlingMarking() {
        return handlingMarking;
    }

    public void setHandlingMarking(String handlingMarking) {
        this.handlingMarking = handlingMarking;
    }
}
