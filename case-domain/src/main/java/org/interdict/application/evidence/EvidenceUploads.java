package org.interdict.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Receives evidence files, outside any transaction (an upload of 200 MB holds no database connection):
 * checks the request first, so that a refused one reads no file; streams the file into the
 * {@link EvidenceStore}'s staging place while hashing it, within {@code interdict.evidence.max-bytes};
 * tells its media type from its content ({@link ContentTypes}) and refuses any type not in
 * {@code interdict.evidence.allowed-types}; then lets {@link EvidenceService} record it. A refused
 * file leaves no row and no file.
 */
@ApplicationScoped
public class EvidenceUploads {

    /** 200 MB: scanned case files and e-mail exports with attachments stay below it. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    /**
     * What evidence may be: PDF; Word, Excel and PowerPoint (binary and OOXML) and OpenDocument text,
     * spreadsheets and presentations; common images; e-mail messages (RFC 822 and Outlook); plain text,
     * CSV and HTML. No executables, archives, scripts or SVG.
     */
    public static final String DEFAULT_ALLOWED_TYPES = "application/pdf,"
            + "application/msword,application/vnd.ms-excel,application/vnd.ms-powerpoint,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
            + "application/vnd.openxmlformats-officedocument.presentationml.presentation,"
            + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet,"
            + "application/vnd.oasis.opendocument.presentation,"
            + "image/png,image/jpeg,image/gif,image/tiff,image/bmp,image/webp,"
            + "message/rfc822,application/vnd.ms-outlook,"
            + "text/plain,text/csv,text/html";

    private EvidenceService service;
    private EvidenceStore store;
    private ContentTypes contentTypes;
    private long maxBytes;
    private Set<String> allowedTypes;

    /** For the CDI container's client proxy. */
    protected EvidenceUploads() {
    }

    @Inject
    public EvidenceUploads(EvidenceService service, EvidenceStore store, ContentTypes contentTypes,
            @ConfigProperty(name = "interdict.evidence.max-bytes", defaultValue = "209715200") long maxBytes,
            @ConfigProperty(name = "interdict.evidence.allowed-types", defaultValue = DEFAULT_ALLOWED_TYPES) String allowedTypes) {
        this.service = service;
        this.store = store;
        this.contentTypes = contentTypes;
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("interdict.evidence.max-bytes must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.allowedTypes = allowedTypes(allowedTypes);
    }

    /**
     * Attaches the file to the case on behalf of the caller.
     *
     * @param body the file, read to its end here (or until it passes the limit)
     * @throws ContentTooLargeException    beyond the size limit
     * @throws UnsupportedContentException when its content is of a type not accepted
     */
    public Attached upload(String reference, EvidenceInput input, String releasability, List<String> agencies, InputStream body) {
        EvidenceService.Attachment attachment = service.checkAttachment(reference, input, releasability, agencies);
        try (EvidenceStore.Staged staged = store.receive(body, maxBytes)) {
            String type;
            try (InputStream content = staged.open()) {
                type = contentTypes.detect(content, attachment.details().name());
            }
            if (!isAllowed(type, allowedTypes)) {
                throw new UnsupportedContentException(type, allowedTypes);
            }
            return service.attach(reference, attachment, staged, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    public Set<String> allowedTypes() {
        return Collections.unmodifiableSet(allowedTypes);
    }

    /** Whether a detected type is on the list: base types compared without parameters or case. */
    static boolean isAllowed(String detected, Set<String> allowed) {
        if (detected == null) {
            return false;
        }
        String base = detected.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return allowed.contains(base);
    }

    static Set<String> allowedTypes(String list) {
        Set<String> types = Arrays.stream(list.split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        if (types.isEmpty()) {
            throw new IllegalArgumentException("interdict.evidence.allowed-types names no media type");
        }
        return types;
    }
}
