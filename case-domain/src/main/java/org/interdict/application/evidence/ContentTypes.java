package org.interdict.application.evidence;

import java.io.IOException;
import java.io.InputStream;

/** Port: the media type of a file, told from its content (the name only refines what the content allows). */
public interface ContentTypes {

    /** The base media type, e.g. {@code application/pdf}, without parameters. */
    String detect(InputStream content, String fileName) throws IOException;
}
