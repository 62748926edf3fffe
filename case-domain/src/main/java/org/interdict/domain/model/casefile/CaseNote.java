package org.interdict.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.interdict.domain.model.shared.PlainText;

import java.time.Instant;
import java.util.UUID;

/** Something an investigator wrote down on a case. Notes are kept as written: never edited. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Column(name = "text", nullable = false, length = 20000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseNote() {
        // for JPA
    }

    public CaseNote(UUID caseId, String author, String text, Instant now) {
        if (PlainText.isBlank(text)) {
            throw new IllegalArgumentException("A note needs some text");
        }
        String checked = PlainText.paragraphs(text, "a note", 20_000);
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.author = author;
        this.text = checked;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
