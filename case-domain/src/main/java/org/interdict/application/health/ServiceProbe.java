package org.interdict.application.health;

/**
 * Port: a server that Interdict cannot work without (database, search engine, identity provider).
 * Readiness asks every probe; each adapter module contributes the probe for its own server.
 */
public interface ServiceProbe {

    /** A short, stable name for operators, e.g. {@code postgresql}. */
    String name();

    /** Checks the server now, within a couple of seconds; never throws. */
    ProbeResult probe();
}
