package org.interdict.infrastructure.elasticsearch;

import org.interdict.application.search.Indexed;
import org.interdict.application.security.InternalField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A case's document in the index: its fields' names and how a {@link Indexed.CaseRecord} fills them. */
final class CaseDocument {

    static final String REFERENCE = "reference";
    static final String SUMMARY = "summary";
    static final String STATUS = "status";
    static final String PRIORITY = "priority";
    static final String TAGS = "tags";
    static final String ASSIGNEE = "assignee";
    static final String DUE_DATE = "dueDate";
    /** The subjects' names as they are now: a renamed party's case is found by the new name. */
    static final String SUBJECTS = "subjects";

    private CaseDocument() {
    }

    /**
     * The document's field that holds an {@link InternalField}, if the index holds it at all: a partner's
     * query neither searches nor returns these fields.
     */
    static Optional<String> field(InternalField internal) {
        return Optional.ofNullable(switch (internal) {
            case ASSIGNEE -> ASSIGNEE;
            case PRIORITY -> PRIORITY;
            case TAGS -> TAGS;
            case NOTES, TASKS, PROPOSALS, CREATOR, AUDIT, RECIPIENTS, RESOLVED_PARTIES -> null;
        });
    }

    static Map<String, Object> source(Indexed.CaseRecord caseFile) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(REFERENCE, caseFile.reference());
        source.put(SearchIndices.TITLE, caseFile.title());
        source.put(SUMMARY, caseFile.summary());
        source.put(STATUS, caseFile.status());
        source.put(PRIORITY, caseFile.priority());
        source.put(TAGS, caseFile.tags());
        source.put(ASSIGNEE, caseFile.assignee());
        source.put(DUE_DATE, caseFile.dueDate() == null ? null : caseFile.dueDate().toString());
        source.put(SUBJECTS, caseFile.subjectNames());
        source.put(SearchIndices.RECORD_VERSION, caseFile.recordVersion());
        source.put(SearchIndices.UPDATED_AT, caseFile.updatedAt().toString());
        source.put(SearchIndices.RECORD_DATE, caseFile.updatedAt().toString());
        return source;
    }
}
