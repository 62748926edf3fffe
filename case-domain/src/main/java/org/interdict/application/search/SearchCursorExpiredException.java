package org.interdict.application.search;

/** A page was asked for after its search's point in time expired: the search has to start again. */
public class SearchCursorExpiredException extends RuntimeException {

    public SearchCursorExpiredException(String message) {
        super(message);
    }
}
