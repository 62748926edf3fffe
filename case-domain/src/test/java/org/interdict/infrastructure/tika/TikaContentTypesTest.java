package org.interdict.infrastructure.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

class TikaContentTypesTest {

    private final TikaContentTypes types = new TikaContentTypes();

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsAPdfWhateverItIsCalled() throws IOException {
        assertEquals("application/pdf", detect(PDF, "report.pdf"));
        assertEquals("application/pdf", detect(PDF, "report.txt"));
        assertEquals("application/pdf", detect(PDF, null));
    }

    @Test
    void anExecutableNamedPdfStaysAnExecutable() throws IOException {
        byte[] windows = new byte[256];
        windows[0] = 'M';
        windows[1] = 'Z';
        String type = detect(windows, "x.pdf");
        assertEquals("application/x-msdownload", type);
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        String linux = detect(elf, "x.pdf");
        org.junit.jupiter.api.Assertions.assertNotEquals("application/pdf", linux);
    }

    @Test
    void textIsTextAndCsvByItsName() throws IOException {
        byte[] text = "Consignee: Example Ltd\nGoods: thermal imagers\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain", detect(text, "note.txt"));
        assertEquals("text/csv", detect("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "lines.csv"));
    }

    @Test
    void htmlAndEmailAreRecognised() throws IOException {
        assertEquals("text/html", detect("<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), "page.html"));
        String mail = "From: a@example.org\r\nTo: b@example.org\r\nSubject: Shipment\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\n"
                + "Message-ID: <1@example.org>\r\n\r\nBody\r\n";
        assertEquals("message/rfc822", detect(mail.getBytes(StandardCharsets.US_ASCII), "mail.eml"));
    }

    private String detect(byte[] content, String name) throws IOException {
        return types.detect(new ByteArrayInputStream(content), name);
    }
}
