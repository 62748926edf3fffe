package org.interdict.domain.model.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the evidence items of cases (their metadata; the files themselves are kept elsewhere, by their hash). */
public interface EvidenceRepository {

    void add(Evidence evidence);

    Optional<Evidence> find(UUID id);

    /** The item of the case with this content, if the case already holds it. */
    Optional<Evidence> findByContent(UUID caseId, String sha256);

    /** The items of a case, oldest first. */
    List<Evidence> ofCase(UUID caseId);

    void flush();
}
