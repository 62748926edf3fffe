package org.interdict.application.evidence;

import java.util.Set;

/** A file whose content is of a type that evidence may not be (an executable, an archive, …): nothing is kept. */
public class UnsupportedContentException extends RuntimeException {

    public UnsupportedContentException(String detected, Set<String> allowed) {
        super("The content of this file is " + detected + ", which is not accepted as evidence (the type is told from the "
                + "content, not from the name or the declared type); nothing was stored. Accepted: " + String.join(", ", allowed) + ".");
    }
}
