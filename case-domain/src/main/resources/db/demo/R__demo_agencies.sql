-- Demo agencies: two authorities and one partner agency. Their codes are the `agency` attribute of
-- the demo users in the Keycloak realm (auth/src/main/keycloak/interdict-realm.json).
-- Applied only where interdict.demo-data=true; inserting is idempotent.
INSERT INTO agency (code, name, kind, country) VALUES
    ('ECA', 'Export Control Agency', 'AUTHORITY', 'GB'),
    ('OSI', 'Office of Sanctions Implementation', 'AUTHORITY', 'NL'),
    ('PCU', 'Partner Customs Unit', 'PARTNER', 'DE')
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, country = EXCLUDED.country;
