-- Regions (SPEC §2): the capital area is SEOUL, INCHEON, GYEONGGI; every other region counts toward the
-- regional earmark. Re-applied by Flyway whenever this file changes; rows are upserted, never deleted.
INSERT INTO region (code, name_ko, name_en, capital_area, sort_order) VALUES
    ('SEOUL',     '서울특별시',       'Seoul',             true,  1),
    ('BUSAN',     '부산광역시',       'Busan',             false, 2),
    ('DAEGU',     '대구광역시',       'Daegu',             false, 3),
    ('INCHEON',   '인천광역시',       'Incheon',           true,  4),
    ('GWANGJU',   '광주광역시',       'Gwangju',           false, 5),
    ('DAEJEON',   '대전광역시',       'Daejeon',           false, 6),
    ('ULSAN',     '울산광역시',       'Ulsan',             false, 7),
    ('SEJONG',    '세종특별자치시',   'Sejong',            false, 8),
    ('GYEONGGI',  '경기도',           'Gyeonggi',          true,  9),
    ('GANGWON',   '강원특별자치도',   'Gangwon',           false, 10),
    ('CHUNGBUK',  '충청북도',         'North Chungcheong', false, 11),
    ('CHUNGNAM',  '충청남도',         'South Chungcheong', false, 12),
    ('JEONBUK',   '전북특별자치도',   'Jeonbuk',           false, 13),
    ('JEONNAM',   '전라남도',         'South Jeolla',      false, 14),
    ('GYEONGBUK', '경상북도',         'North Gyeongsang',  false, 15),
    ('GYEONGNAM', '경상남도',         'South Gyeongsang',  false, 16),
    ('JEJU',      '제주특별자치도',   'Jeju',              false, 17)
ON CONFLICT (code) DO UPDATE SET name_ko = EXCLUDED.name_ko, name_en = EXCLUDED.name_en,
    capital_area = EXCLUDED.capital_area, sort_order = EXCLUDED.sort_order;

-- Industries: a table, not an enum; add rows here. countsTowardAi marks the AI earmark (30조).
INSERT INTO industry (code, name_ko, name_en, counts_toward_ai, sort_order) VALUES
    ('AI',                  '인공지능',         'Artificial intelligence', true,  1),
    ('AI_SEMICONDUCTOR',    'AI 반도체',        'AI semiconductors',       true,  2),
    ('SEMICONDUCTOR',       '반도체',           'Semiconductors',          false, 3),
    ('POWER_SEMICONDUCTOR', '전력반도체',       'Power semiconductors',    false, 4),
    ('SECONDARY_BATTERY',   '이차전지',         'Secondary batteries',     false, 5),
    ('BIO',                 '바이오',           'Bio and vaccines',        false, 6),
    ('HYDROGEN',            '수소',             'Hydrogen',                false, 7),
    ('HUMANOID_ROBOTICS',   '휴머노이드·로봇',  'Robots and humanoids',    true,  8),
    ('AI_FACTORY',          'AI 팩토리',        'AI factories',            true,  9),
    ('SHIPBUILDING',        '조선해양',         'Shipbuilding',            false, 10),
    ('FUTURE_MOBILITY',     '미래 모빌리티',    'Future mobility',         false, 11),
    ('ENERGY_EFFICIENCY',   '에너지 효율',      'Energy efficiency',       false, 12),
    ('MEDIA_CONTENT',       '미디어·콘텐츠',    'Media and content',       false, 13),
    ('LOGISTICS',           '물류',             'Logistics',               false, 14)
ON CONFLICT (code) DO UPDATE SET name_ko = EXCLUDED.name_ko, name_en = EXCLUDED.name_en,
    counts_toward_ai = EXCLUDED.counts_toward_ai, sort_order = EXCLUDED.sort_order;

INSERT INTO instrument (code, name_ko, name_en, sort_order) VALUES
    ('DIRECT_INVESTMENT',     '직접투자',         'Direct investment',             1),
    ('INDIRECT_INVESTMENT',   '간접투자(재간접)', 'Indirect investment (fund of funds)', 2),
    ('INFRA_INVESTMENT_LOAN', '인프라 투·융자',   'Infrastructure investment and loans', 3),
    ('LOW_RATE_LOAN',         '초저리 대출',      'Ultra-low-rate loans',          4),
    ('LOAN_GUARANTEE',        '보증',             'Loan guarantees',               5),
    ('INTEREST_SUBSIDY',      '이자차액보전',     'Interest subsidies',            6),
    ('GRANT',                 '보조금',           'Grants',                        7)
ON CONFLICT (code) DO UPDATE SET name_ko = EXCLUDED.name_ko, name_en = EXCLUDED.name_en,
    sort_order = EXCLUDED.sort_order;
