package org.interdict.domain.model.designation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Port: published designations. They are added, never changed. */
public interface DesignationRepository {

    void add(Designation designation);

    Optional<Designation> find(UUID id);

    /** Published designations, newest first, one page. */
    List<Designation> list(int offset, int limit);

    long count();

    /** Every published designation in publication order, one at a time, without holding all in memory. */
    void forEach(Consumer<Designation> consumer);

    List<Designation> ofCase(UUID caseId);
}
