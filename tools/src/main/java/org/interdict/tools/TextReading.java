package org.interdict.tools;

import java.util.Arrays;

/**
 * Where reading an evidence file's text stands, as the REST API writes it ({@code extraction.status} of
 * {@code GET /api/evidence/{id}}), in step with {@code org.interdict.application.evidence.TextStatus}, which
 * the tools do not depend on.
 */
enum TextReading {
    PENDING, RUNNING, DONE, FAILED;

    /** The state the API answered; an unknown one is an error of the tool. */
    static TextReading of(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The API answered a reading state this tool does not know: '" + text + "'"));
    }

    boolean ended() {
        return this == DONE || this == FAILED;
    }
}
