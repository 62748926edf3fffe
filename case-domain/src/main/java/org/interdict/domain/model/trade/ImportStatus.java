package org.interdict.domain.model.trade;

/**
 * Where an import batch stands: it runs until its file is read to the end ({@link #DONE}) or it stops
 * for a reason of the file or the system ({@link #FAILED}), which includes a batch whose node stopped
 * sending heartbeats. Both ends are final.
 */
public enum ImportStatus {
    RUNNING, DONE, FAILED;

    /** Whether the batch has ended, one way or the other. */
    public boolean isFinal() {
        return this != RUNNING;
    }
}
