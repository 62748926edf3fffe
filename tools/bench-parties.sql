-- Benchmark data for ./interdict bench-search: :n companies owned by ECA, made up but shaped like the
-- parties of export-control cases (a coined name, a line of business, a legal form, a country), a
-- third with a Cyrillic alias. Reproducible: names come from setseed, ids from md5 of the position.
-- Straight into the tables (no audit events, no outbox rows): the rebuild then indexes them.
-- The agencies of the realm's users (the bench instance has no demo story, which would bring them).
INSERT INTO agency (code, name, kind, country) VALUES
    ('ECA', 'Export Control Agency', 'AUTHORITY', 'GB'),
    ('OSI', 'Office of Sanctions Implementation', 'AUTHORITY', 'NL'),
    ('PCU', 'Partner Customs Unit', 'PARTNER', 'DE')
ON CONFLICT (code) DO NOTHING;
SELECT setseed(0.42) \gset
CREATE TEMP TABLE bench_pick AS
SELECT g,
       1 + floor(random() * 16)::int AS a, 1 + floor(random() * 16)::int AS b, 1 + floor(random() * 16)::int AS c,
       1 + floor(random() * 20)::int AS d, 1 + floor(random() * 8)::int AS e, 1 + floor(random() * 12)::int AS f,
       random() < 0.33 AS cyrillic
FROM generate_series((SELECT count(*) FROM party WHERE created_by = 'bench') + 1, :n) AS g;

INSERT INTO party (id, kind, primary_name, country, designation_status, owning_agency, created_at, created_by, updated_at, version)
SELECT md5('bench-party-' || g)::uuid, 'COMPANY',
       initcap((ARRAY['ka','ro','vi','ne','ta','lo','mi','su','de','ran','tor','vel','mar','zen','bor','lin'])[a]
            || (ARRAY['ka','ro','vi','ne','ta','lo','mi','su','de','ran','tor','vel','mar','zen','bor','lin'])[b]
            || (ARRAY['ka','ro','vi','ne','ta','lo','mi','su','de','ran','tor','vel','mar','zen','bor','lin'])[c])
         || ' ' || (ARRAY['Optics','Electronics','Precision','Machinery','Trading','Logistics','Components','Systems','Aero',
                           'Marine','Sensor','Photonics','Semiconductor','Industrial','Technology','Engineering','Supply',
                           'Instruments','Robotics','Materials'])[d]
         || ' ' || (ARRAY['LLC','Ltd','Co., Ltd.','GmbH','FZE','JSC','Limited','LLP'])[e],
       (ARRAY['CN','HK','RU','AE','TR','KZ','AM','UZ','IR','BY','KG','GE'])[f], 'NONE', 'ECA', now(), 'bench', now(), 0
FROM bench_pick;

INSERT INTO party_alias (party_id, position, name, script, language)
SELECT md5('bench-party-' || g)::uuid, 0,
       'ООО «' || initcap((ARRAY['ка','ро','ви','не','та','ло','ми','су','де','ран','тор','вел','мар','зен','бор','лин'])[a]
            || (ARRAY['ка','ро','ви','не','та','ло','ми','су','де','ран','тор','вел','мар','зен','бор','лин'])[b]
            || (ARRAY['ка','ро','ви','не','та','ло','ми','су','де','ран','тор','вел','мар','зен','бор','лин'])[c]) || '»',
       'Cyrillic', 'ru'
FROM bench_pick WHERE cyrillic;

INSERT INTO party_trade_role (party_id, role)
SELECT md5('bench-party-' || g)::uuid, (ARRAY['MANUFACTURER','EXPORTER','INTERMEDIARY','CONSIGNEE'])[1 + g % 4]
FROM bench_pick;

SELECT count(*) AS bench_parties FROM party WHERE created_by = 'bench';
