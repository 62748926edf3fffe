package org.interdict.application.evidence;

/** Where reading the text inside an evidence file stands. */
public enum TextStatus {

    /** Waiting for a node to read it. */
    PENDING,
    /** A node is reading it now. */
    RUNNING,
    /** Read: the text (possibly empty) is searchable. */
    DONE,
    /** Could not be read; the reason says why, in words. */
    FAILED
}
