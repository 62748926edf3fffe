package org.interdict.application.jobs;

/** The kinds of work that run in the background. */
public enum JobKind {

    /** A CSV file of customs declarations read into the database: one job per file. */
    IMPORT(false),
    /** The search indices rebuilt from the database: one job per rebuild. */
    REBUILD(false),
    /** The search outbox drained into the index: one record per node, its last run. */
    OUTBOX_DRAIN(true),
    /** Newly indexed records checked against saved searches, owners notified: one record per node, its last run. */
    SAVED_SEARCH_ALERTS(true),
    /** The text inside evidence files read (OCR included) and handed to search: one record per node, its last run. */
    TEXT_EXTRACTION(true);

    private final boolean periodic;

    JobKind(boolean periodic) {
        this.periodic = periodic;
    }

    /** Whether the work runs again and again on every node (one record per node) rather than once when asked. */
    public boolean periodic() {
        return periodic;
    }
}
