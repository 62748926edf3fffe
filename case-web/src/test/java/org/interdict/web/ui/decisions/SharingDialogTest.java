package org.interdict.web.ui.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.security.InternalField;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

/** What the sharing confirmation says a partner will not see follows the one list of internal fields. */
class SharingDialogTest {

    @Test
    void aSharedCaseHidesEveryInternalFieldOfACase() {
        Set<InternalField> hidden = SharingDialog.hiddenFrom(SharingDialog.CASE);
        assertEquals(EnumSet.complementOf(EnumSet.of(InternalField.RESOLVED_PARTIES)), hidden);
    }

    @Test
    void aPartyOrAFileHidesWhoCreatedIt_itsAuditTrailAndTheOtherRecipients() {
        Set<InternalField> expected = EnumSet.of(InternalField.CREATOR, InternalField.AUDIT, InternalField.RECIPIENTS);
        assertEquals(expected, SharingDialog.hiddenFrom(SharingDialog.PARTY));
        assertEquals(expected, SharingDialog.hiddenFrom(SharingDialog.EVIDENCE));
        assertTrue(SharingDialog.hiddenFrom(SharingDialog.CASE).containsAll(expected));
    }
}
