package org.interdict.application.casefile;

import org.interdict.domain.model.casefile.CaseNote;

import java.time.Instant;
import java.util.UUID;

/** A note on a case. */
public record NoteView(UUID id, String author, String text, Instant createdAt) {

    static NoteView of(CaseNote note) {
        return new NoteView(note.id(), note.author(), note.text(), note.createdAt());
    }
}
