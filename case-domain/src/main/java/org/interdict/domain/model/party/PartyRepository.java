package org.interdict.domain.model.party;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the parties and relationships Interdict knows. */
public interface PartyRepository {

    Optional<Party> find(UUID id);

    List<Party> findAll(Collection<UUID> ids);

    /**
     * Parties visible in the scope, optionally narrowed by a name fragment, country and kind, by name:
     * those owned by {@code ownerAgency}, and those released to {@code partnerAgency} (by the
     * effective release: shared with it, or subjects of a case shared with it). Either may be null.
     */
    List<Party> list(String ownerAgency, String partnerAgency, PartyQuery query);

    long count(String ownerAgency, String partnerAgency, PartyQuery query);

    void add(Party party);

    void remove(Party party);

    /** Writes pending changes now, so that a concurrent edit is detected inside the caller's request. */
    void flush();

    /** Whether a case or proposal names the party (it then cannot be deleted). */
    boolean isReferenced(UUID partyId);

    void add(Relationship relationship);

    void remove(Relationship relationship);

    Optional<Relationship> findRelationship(UUID id);

    /** Relationships from or to the party. */
    List<Relationship> relationshipsOf(UUID partyId);

    /** What a party list is narrowed by; null fields do not narrow. */
    record PartyQuery(String name, String country, PartyKind kind, int offset, int limit) {
    }
}
