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

    /** The published designations the filter selects, in its order, one page. */
    List<Designation> list(DesignationFilter filter, int offset, int limit);

    /** How many published designations the filter selects. */
    long count(DesignationFilter filter);

    /** Every published designation the filter selects, in publication order, one at a time. */
    void forEach(DesignationFilter filter, Consumer<Designation> consumer);

    /** Every published designation in publication order, one at a time, without holding all in memory. */
    void forEach(Consumer<Designation> consumer);

    List<Designation> ofCase(UUID caseId);
}
