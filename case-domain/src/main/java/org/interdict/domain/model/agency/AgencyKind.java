package org.interdict.domain.model.agency;

/** Whether an agency runs cases of its own or only receives what others release to it. */
public enum AgencyKind {
    /** A sanctions or export-control authority: owns cases, evidence and designations. */
    AUTHORITY,
    /** A partner agency: reads records released to it and published designations, never edits. */
    PARTNER
}
