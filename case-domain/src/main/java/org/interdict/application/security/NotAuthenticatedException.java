package org.interdict.application.security;

/** The request carries no verified identity. The container normally refuses such requests first. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("This request is not authenticated.");
    }
}
