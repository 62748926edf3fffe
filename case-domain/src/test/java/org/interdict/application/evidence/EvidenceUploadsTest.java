package org.interdict.application.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

class EvidenceUploadsTest {

    private final Set<String> defaults = EvidenceUploads.allowedTypes(EvidenceUploads.DEFAULT_ALLOWED_TYPES);

    @Test
    void documentsImagesMailAndTextAreAccepted() {
        for (String type : List.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.ms-excel", "image/png", "message/rfc822",
                "application/vnd.ms-outlook", "text/plain", "text/csv", "text/html; charset=UTF-8", "Application/PDF")) {
            assertTrue(EvidenceUploads.isAllowed(type, defaults), type);
        }
    }

    @Test
    void executablesArchivesAndScriptsAreNot() {
        for (String type : List.of("application/x-msdownload", "application/x-executable", "application/x-sharedlib", "application/zip",
                "application/x-tika-msoffice", "application/octet-stream", "image/svg+xml", "application/javascript")) {
            assertFalse(EvidenceUploads.isAllowed(type, defaults), type);
        }
        assertFalse(EvidenceUploads.isAllowed(null, defaults));
    }

    @Test
    void theListIsConfigurable() {
        assertEquals(Set.of("application/pdf", "image/png"), EvidenceUploads.allowedTypes(" application/pdf, IMAGE/PNG ,"));
        assertThrows(IllegalArgumentException.class, () -> EvidenceUploads.allowedTypes(" , "));
    }

    @Test
    void theDigestOfADownloadIsTheRecordedHashInBase64() {
        String hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        EvidenceView view = new EvidenceView(null, "ICT-2026-000001", "a", null, null, null, null, null, null, "text/plain", 0, hex,
                "INTERNAL", List.of(), null, "alice", null, 0, null);
        assertEquals(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)), new Download(view, () -> null).sha256Base64());
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", new Download(view, () -> null).sha256Base64());
    }

    @Test
    void aPartnerDoesNotLearnWhoElseAnItemIsSharedWith() {
        EvidenceView view = new EvidenceView(null, "ICT-2026-000001", "a", null, null, null, null, null, null, "text/plain", 0,
                "a".repeat(64), "SHARED", List.of("PCU", "XYZ"), null, "alice", null, 0, null);
        assertEquals(List.of("PCU"), view.asPartnerSees("PCU").sharedWith());
    }
}
