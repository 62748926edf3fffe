package org.interdict.application.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.interdict.application.security.InternalField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class CaseViewTest {

    private static final CaseView FULL = new CaseView("ECA-2026-0001", "Drones", "Summary", "OPEN", "HIGH", "ECA", "bruno",
            LocalDate.of(2026, 12, 1), List.of("uav"), List.of(),
            new ProposalView(null, "EXPORT_BAN", "Art. 1", "Reasons", List.of(), List.of(), List.of(), "alice", Instant.EPOCH, null, null, null,
                    null),
            List.of(), "SHARED", List.of("PCU", "XYZ"), Instant.EPOCH, "alice", Instant.EPOCH, 3, true, 2);

    @Test
    void aPartnerSeesNoInternalFieldOfTheView() {
        CaseView shown = FULL.asPartnerSees("PCU");
        for (InternalField field : InternalField.values()) {
            switch (field) {
                case ASSIGNEE -> assertNull(shown.assignee());
                case PRIORITY -> assertNull(shown.priority());
                case TAGS -> assertEquals(List.of(), shown.tags());
                case PROPOSALS -> assertNull(shown.pendingProposal());
                case CREATOR -> assertNull(shown.createdBy());
                case RECIPIENTS -> assertEquals(List.of("PCU"), shown.sharedWith());
                case TASKS -> assertNull(shown.openTasks());
                case NOTES, AUDIT, RESOLVED_PARTIES -> assertNotNull(shown, "not part of the view of a case");
            }
        }
        assertEquals(FULL.title(), shown.title());
        assertEquals(FULL.summary(), shown.summary());
        assertEquals(FULL.status(), shown.status());
        assertEquals(FULL.version(), shown.version());
        assertEquals(FULL.overdue(), shown.overdue(), "derived from the due date, which partners see");
    }
}
