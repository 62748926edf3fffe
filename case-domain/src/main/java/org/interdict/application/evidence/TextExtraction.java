package org.interdict.application.evidence;

import java.io.InputStream;

/**
 * Port: reads the text inside a file of an allowed type (documents, e-mail, web pages, plain text; images
 * through optical character recognition), and tells its language.
 */
public interface TextExtraction {

    /**
     * The text of the content, at most {@code maxCharacters} of it.
     *
     * @param mediaType the type detected from the content when it was received
     * @throws ExtractionFailedException when the file cannot be read, with the reason in words
     */
    Extracted extract(InputStream content, String mediaType, int maxCharacters) throws ExtractionFailedException;

    /**
     * What was read: the text, its language (ISO 639-3, e.g. {@code rus}; null when there is too little
     * text to tell), whether optical character recognition read any of it, whether it was cut at the limit.
     */
    record Extracted(String text, String language, boolean ocr, boolean truncated) {
    }

    /** The file could not be read; the message says why, for the analyst. */
    class ExtractionFailedException extends Exception {

        private static final long serialVersionUID = 1L;

        public ExtractionFailedException(String message, Throwable cause) {
            super(message, cause);
        }

        public ExtractionFailedException(String message) {
            super(message);
        }
    }
}
