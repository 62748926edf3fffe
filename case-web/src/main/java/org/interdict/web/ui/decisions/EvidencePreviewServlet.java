package org.interdict.web.ui.decisions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.interdict.application.ConflictException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.evidence.Download;
import org.interdict.application.evidence.EvidenceService;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.web.ui.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.UUID;

/**
 * An evidence file shown inside the review page ({@code /preview/evidence/{id}}): the same service call,
 * access checks and custody event as a download ({@link EvidenceService#download}), sent inline, and only
 * for the kinds a browser shows safely (PDF and PNG/JPEG/GIF/WebP images). Whatever the file holds, it
 * runs nothing: no sniffing, a policy that allows no script, and framing by this application only.
 *
 * <p>Chromium's PDF viewer shows nothing under a {@code sandbox} policy (crbug.com/413851), and it renders
 * the document through an internal {@code <embed>} that {@code object-src} governs ({@code 'none'} by way
 * of {@code default-src} blocks it, crbug.com/271452): a PDF is sent without {@code sandbox} and with
 * {@code object-src 'self'}; every other directive stays. Images keep the full policy.
 */
@WebServlet(urlPatterns = EvidencePreviewServlet.PATH + "*")
public class EvidencePreviewServlet extends HttpServlet {

    static final String PATH = "/preview/evidence/";

    private static final long serialVersionUID = 1L;
    private static final String POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "plugin-types application/pdf; frame-ancestors 'self'";

    @Inject
    transient EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Security-Policy", POLICY + "; sandbox");
        UUID id;
        try {
            String path = request.getPathInfo() != null ? request.getPathInfo() : request.getRequestURI();
            id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1).strip());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "preview.bad.id");
            return;
        }
        Download download;
        try {
            download = evidence.download(id);
        } catch (RecordNotFoundException e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "preview.not.found");
            return;
        } catch (AccessDeniedException e) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "preview.denied");
            return;
        } catch (ConflictException e) {
            refuse(response, HttpServletResponse.SC_CONFLICT, "preview.missing");
            return;
        }
        String type = shown(download.evidence().mediaType());
        if (type == null) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "preview.unsupported");
            return;
        }
        if (ReviewPage.PDF.equals(type)) {
            response.setHeader("Content-Security-Policy", POLICY + "; object-src 'self'");
        }
        response.setContentType(type);
        response.setContentLengthLong(download.evidence().size());
        response.setHeader("Content-Disposition", "inline");
        try (InputStream in = download.content().open(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The media type to send, or null when the file is not of a kind shown in the page. */
    static String shown(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        type = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return ReviewPage.PDF.equals(type) || ReviewPage.IMAGES.contains(type) ? type : null;
    }

    private static void refuse(HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(Texts.text(Texts.DECISIONS, key));
    }
}
