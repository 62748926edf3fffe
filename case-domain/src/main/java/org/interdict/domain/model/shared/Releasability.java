package org.interdict.domain.model.shared;

/**
 * Who outside the owning agency may see a record: nobody ({@code INTERNAL}), the partner agencies it
 * is shared with ({@code SHARED}), or everyone ({@code PUBLIC}, published designations).
 */
public enum Releasability { INTERNAL, SHARED, PUBLIC }
