package org.interdict.application.security;

/**
 * The caller is known but may not do what they asked. Its message is written for the person who
 * made the request: it says what is missing, never what exists.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
