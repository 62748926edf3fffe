package org.interdict.domain.model.trade;

/** A second decision on a name that was decided already; the first one stands. */
public class NameAlreadyDecidedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NameAlreadyDecidedException(String message) {
        super(message);
    }
}
