package org.interdict.application.trade;

import java.util.UUID;

/** How the names of an import stand: who a name as written stands for, and the party a name was resolved to. */
public interface ImportNames {

    /** The name of the party a name as written stands for: itself, or the principal of an agent construction. */
    String principal(String written);

    /** The party of a name as resolved before (null when it is not, or is only proposed). */
    UUID resolved(String name);
}
