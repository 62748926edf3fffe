-- An agent acting for its principal, as customs records name them ("ALFA LLC FOR OOO ROMASHKA"; issue 17).
ALTER TABLE party_relationship DROP CONSTRAINT party_relationship_kind_check;
ALTER TABLE party_relationship ADD CONSTRAINT party_relationship_kind_check
    CHECK (kind IN ('OWNS', 'CONTROLS', 'SUBSIDIARY_OF', 'SAME_AS', 'SHIPS_TO', 'ACTS_FOR'));
