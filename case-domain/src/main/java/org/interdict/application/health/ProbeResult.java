package org.interdict.application.health;

/**
 * What one probe found: up or down, with a short detail an operator can act on (a version, a
 * cluster status, or the error that made it fail).
 */
public record ProbeResult(boolean up, String detail) {

    public static ProbeResult up(String detail) {
        return new ProbeResult(true, detail);
    }

    public static ProbeResult down(String detail) {
        return new ProbeResult(false, detail);
    }

    public static ProbeResult down(Throwable failure) {
        String message = failure.getMessage();
        return new ProbeResult(false, failure.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }
}
