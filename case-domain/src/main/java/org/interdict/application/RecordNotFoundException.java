package org.interdict.application;

/**
 * No such record, or none the caller may see: both answer the same, so that an id cannot be probed.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, Object id) {
        super("There is no " + kind + " " + Inputs.excerpt(String.valueOf(id)) + ".");
    }
}
