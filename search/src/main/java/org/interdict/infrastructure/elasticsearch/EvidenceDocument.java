package org.interdict.infrastructure.elasticsearch;

import org.interdict.application.search.Indexed;
import org.interdict.application.security.InternalField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An evidence file's document: what is written about it and the text read from it. The text is searched
 * and shown in snippets, never returned whole in a hit (a file's text can be a million characters).
 */
final class EvidenceDocument {

    static final String CASE_REFERENCE = "caseReference";
    static final String DESCRIPTION = "description";
    static final String SOURCE = "source";
    static final String OBTAINED_FROM = "obtainedFrom";
    static final String MEDIA_TYPE = "mediaType";
    static final String SIZE = "size";
    static final String SHA256 = "sha256";
    static final String TEXT_STATUS = "textStatus";
    static final String LANGUAGE = "language";
    /** The text inside the file, as read (OCR included). */
    static final String TEXT = "text";
    static final String ADDED_BY = "addedBy";

    private EvidenceDocument() {
    }

    /** The document's field that holds an {@link InternalField}, if it holds it at all. */
    static Optional<String> field(InternalField internal) {
        return Optional.ofNullable(switch (internal) {
            case CREATOR -> ADDED_BY;
            case NOTES, TASKS, PROPOSALS, ASSIGNEE, PRIORITY, TAGS, AUDIT, RECIPIENTS, RESOLVED_PARTIES -> null;
        });
    }

    static Map<String, Object> source(Indexed.EvidenceRecord e) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(SearchIndices.TITLE, e.name());
        source.put(CASE_REFERENCE, e.caseReference());
        source.put(DESCRIPTION, e.description());
        source.put(SOURCE, e.source());
        source.put(OBTAINED_FROM, e.obtainedFrom());
        source.put(MEDIA_TYPE, e.mediaType());
        source.put(SIZE, e.size());
        source.put(SHA256, e.sha256());
        source.put(TEXT_STATUS, e.textStatus());
        source.put(LANGUAGE, e.language());
        source.put(TEXT, e.text());
        source.put(ADDED_BY, e.addedBy());
        source.put(SearchIndices.RECORD_DATE, e.addedAt().toString());
        return source;
    }
}
