package org.interdict.application.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

/** A supervisor's decision queue: the proposals of their agency they may decide, the longest waiting first. */
class AwaitingDecisionOrderTest {

    @Test
    void theLongestWaitingProposalComesFirstAndTheSupervisorsOwnAreLeftOut() {
        CaseRepository.CaseFilter filter = CaseService.awaitingDecisionFilter("ECA", "dmitri", 50, 25);

        assertEquals(CaseRepository.Sort.UPDATED, filter.sort(), "oldest first");
        assertEquals(List.of(CaseStatus.PROPOSED), filter.statuses());
        assertEquals(List.of("ECA"), filter.agencies());
        assertEquals("dmitri", filter.excludeProposedBy(), "four eyes: not their own proposals");
        assertEquals(50, filter.offset());
        assertEquals(25, filter.limit());
    }
}
