package org.interdict.application.report;

/** Reports cannot be rendered right now (a font or another resource the renderer needs is missing): nothing was recorded. */
public class ReportUnavailableException extends RuntimeException {

    public ReportUnavailableException(String message) {
        super(message);
    }

    public ReportUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
