package org.interdict.infrastructure.tika;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.interdict.application.evidence.ContentTypes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Media types from Tika's magic-byte database ({@link MimeTypes}). The content decides; the file name
 * only refines a type the content already allows (a ZIP container named {@code .docx} is a Word
 * document, an OLE2 container named {@code .msg} an Outlook message), never overrides it: an
 * executable named {@code .pdf} stays an executable.
 */
@ApplicationScoped
public class TikaContentTypes implements ContentTypes {

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes(TikaContentTypes.class.getClassLoader());

    @Override
    public String detect(InputStream content, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        InputStream marked = content.markSupported() ? content : new BufferedInputStream(content);
        MediaType type = types.detect(marked, metadata);
        return type.getBaseType().toString();
    }
}
