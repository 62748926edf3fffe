package org.interdict.application;

/** The request does not fit the record's current state (a workflow step that does not apply now). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
