package org.interdict.application.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a case report into a document (a PDF, in the infrastructure). The application assembles the
 * {@link CaseReport}; an implementation lays it out and decides nothing about what it shows.
 */
public interface CaseReports {

    /** The media type of the documents rendered, e.g. {@code application/pdf}. */
    String mediaType();

    /**
     * Refuses, before anything is recorded or sent, when reports cannot be rendered now (e.g. the font
     * they embed is missing).
     *
     * @throws ReportUnavailableException when rendering cannot succeed
     */
    void requireAvailable();

    /** Writes the report to {@code out}; the stream is left open. */
    void render(CaseReport report, OutputStream out) throws IOException;
}
