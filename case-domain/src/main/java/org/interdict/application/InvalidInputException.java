package org.interdict.application;

/** The request is well formed but breaks a rule of the domain; the message says which. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    /** Runs a domain construction, turning its refusals into invalid input for the caller. */
    public static <T> T check(java.util.function.Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(e.getMessage() == null ? "Invalid input." : e.getMessage());
        }
    }
}
