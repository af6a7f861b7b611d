-- Certifications a company may declare. Re-applied by Flyway whenever this file changes; rows are upserted,
-- never deleted (companies reference them).
INSERT INTO certification (code, name_ko, name_en, sort_order) VALUES
    ('INNOBIZ',              '이노비즈(기술혁신형 중소기업)', 'Inno-Biz (technology-innovative SME)', 1),
    ('MAINBIZ',              '메인비즈(경영혁신형 중소기업)', 'Main-Biz (management-innovative SME)', 2),
    ('VENTURE',              '벤처기업',                     'Venture company',                      3),
    ('TECH_INNOVATION',      '기술혁신 인증',                'Technology innovation certification',  4),
    ('REGULATION_FREE_ZONE', '규제자유특구 참여기업',        'Regulation-free special zone company', 5),
    ('WOMEN_OWNED',          '여성기업',                     'Women-owned business',                 6),
    ('SOCIAL_ENTERPRISE',    '사회적기업',                   'Social enterprise',                    7)
ON CONFLICT (code) DO UPDATE SET name_ko = EXCLUDED.name_ko, name_en = EXCLUDED.name_en,
    sort_order = EXCLUDED.sort_order;
