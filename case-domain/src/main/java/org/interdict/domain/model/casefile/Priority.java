package org.interdict.domain.model.casefile;

/** How urgently a case needs work. */
public enum Priority { LOW, MEDIUM, HIGH, CRITICAL }
