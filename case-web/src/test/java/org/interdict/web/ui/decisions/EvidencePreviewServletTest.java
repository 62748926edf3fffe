package org.interdict.web.ui.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The preview sends only the kinds a browser shows safely in a page: PDF and four image formats. */
class EvidencePreviewServletTest {

    @Test
    void pdfsAndCommonImagesAreShownAsTheyAre() {
        assertEquals("application/pdf", EvidencePreviewServlet.shown("application/pdf"));
        assertEquals("image/png", EvidencePreviewServlet.shown("IMAGE/PNG"));
        assertEquals("image/jpeg", EvidencePreviewServlet.shown("image/jpeg; charset=binary"));
        assertEquals("image/gif", EvidencePreviewServlet.shown("image/gif"));
        assertEquals("image/webp", EvidencePreviewServlet.shown("image/webp"));
    }

    @Test
    void everythingElseIsRefused() {
        assertNull(EvidencePreviewServlet.shown(null));
        assertNull(EvidencePreviewServlet.shown("text/html"));
        assertNull(EvidencePreviewServlet.shown("image/svg+xml"));
        assertNull(EvidencePreviewServlet.shown("application/octet-stream"));
        assertNull(EvidencePreviewServlet.shown("application/pdfx"));
    }
}
