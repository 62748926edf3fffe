package org.interdict.application.evidence;

import java.time.Instant;

/**
 * Where reading the text inside an evidence file stands, as people see it: the status ({@link TextStatus}),
 * and once read its language (ISO 639-3), length, whether OCR read it and whether it was cut at the
 * limit; once failed, why; when it was queued and finished, and how long reading took.
 */
public record TextState(String status, String language, Integer characters, Boolean ocr, Boolean truncated, String failure,
        Instant queuedAt, Instant finishedAt, Long millis) {

    /** Without the reason of a failure, which may name the server's files or parsers. */
    TextState asPartnerSees() {
        return failure == null ? this : new TextState(status, language, characters, ocr, truncated,
                "The text of this file could not be read.", queuedAt, finishedAt, millis);
    }

    static TextState of(EvidenceTexts.State state) {
        if (state == null) {
            return new TextState(TextStatus.PENDING.name(), null, null, null, null, null, null, null, null);
        }
        return new TextState(state.status().name(), state.language(), state.characters(), state.ocr(), state.truncated(),
                state.failure(), state.queuedAt(), state.finishedAt(), state.millis());
    }
}
