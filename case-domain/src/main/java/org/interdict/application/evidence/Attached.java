package org.interdict.application.evidence;

/**
 * The outcome of an upload: the item, and whether the case already held this content (then nothing new
 * was stored and the item is the one attached before).
 */
public record Attached(boolean duplicate, EvidenceView evidence) {
}
