package org.interdict.domain.model.agency;

import java.util.List;
import java.util.Optional;

/** Port: the agencies Interdict knows. */
public interface AgencyRepository {

    Optional<Agency> find(String code);

    /** All agencies, ordered by code. */
    List<Agency> findAll();
}
