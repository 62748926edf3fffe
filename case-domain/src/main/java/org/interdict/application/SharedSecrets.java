package org.interdict.application;

/**
 * Random keys that every application node must agree on (a node may issue what another checks),
 * made once and kept with the data.
 */
public interface SharedSecrets {

    /** The 32-byte secret of this name, made on first use. */
    byte[] secret(String name);
}
