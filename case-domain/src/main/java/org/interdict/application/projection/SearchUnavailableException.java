package org.interdict.application.projection;

/** The search engine cannot be reached: nothing was written, everything is to be retried. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
