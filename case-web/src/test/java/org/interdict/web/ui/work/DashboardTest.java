package org.interdict.web.ui.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the partner's dashboard reads an evidence file's search title into its case and its name. */
class DashboardTest {

    @Test
    void anEvidenceTitleNamesItsCaseAndItsFile() {
        assertEquals(new Dashboard.SharedFile("ICT-2026-000001", "invoice · copy.pdf"),
                Dashboard.sharedFile("ICT-2026-000001 · invoice · copy.pdf"));
    }

    @Test
    void aTitleWithoutCaseIsOnlyAName() {
        assertEquals(new Dashboard.SharedFile(null, "invoice.pdf"), Dashboard.sharedFile("invoice.pdf"));
        assertEquals(new Dashboard.SharedFile(null, ""), Dashboard.sharedFile(null));
    }
}
