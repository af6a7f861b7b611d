-- Certifications a company may hold: this service's own reference data (rows in R__certifications.sql).
CREATE TABLE certification (
    code       text PRIMARY KEY,
    name_ko    text NOT NULL,
    name_en    text NOT NULL,
    sort_order int  NOT NULL
);

-- The registry. The primary key is the 10-digit 사업자등록번호: it alone decides between concurrent
-- registrations of one number. Code columns reference the reference tables, so the database refuses
-- unknown codes even if the application did not.
CREATE TABLE company (
    brn            text        PRIMARY KEY CHECK (brn ~ '^[0-9]{10}$'),
    name           text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    region         text        NOT NULL REFERENCES region (code),
    stage          text        NOT NULL CHECK (stage IN ('STARTUP', 'GROWTH', 'EXPANSION', 'LEAP')),
    employees      int         NOT NULL CHECK (employees >= 0),
    annual_revenue bigint      NOT NULL CHECK (annual_revenue >= 0),
    founded_on     date        NOT NULL,
    revision       bigint      NOT NULL CHECK (revision >= 1),
    registered_at  timestamptz NOT NULL,
    registered_by  text        NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text        NOT NULL
);

-- Lists keep the client's order (position); a code appears once per company.
CREATE TABLE company_industry (
    brn      text NOT NULL REFERENCES company (brn) ON DELETE CASCADE,
    position int  NOT NULL,
    industry text NOT NULL REFERENCES industry (code),
    PRIMARY KEY (brn, position),
    UNIQUE (brn, industry)
);

CREATE TABLE company_certification (
    brn           text NOT NULL REFERENCES company (brn) ON DELETE CASCADE,
    position      int  NOT NULL,
    certification text NOT NULL REFERENCES certification (code),
    PRIMARY KEY (brn, position),
    UNIQUE (brn, certification)
);

CREATE TABLE company_demand (
    brn      text   NOT NULL REFERENCES company (brn) ON DELETE CASCADE,
    position int    NOT NULL,
    amount   bigint NOT NULL CHECK (amount > 0),
    purpose  text   NOT NULL CHECK (char_length(purpose) BETWEEN 1 AND 500),
    PRIMARY KEY (brn, position)
);

CREATE TABLE company_demand_instrument (
    brn             text NOT NULL,
    demand_position int  NOT NULL,
    position        int  NOT NULL,
    instrument      text NOT NULL REFERENCES instrument (code),
    PRIMARY KEY (brn, demand_position, position),
    UNIQUE (brn, demand_position, instrument),
    FOREIGN KEY (brn, demand_position) REFERENCES company_demand (brn, position) ON DELETE CASCADE
);

-- Lists sort by (name, brn): a stable order, served by this index, also per region for working groups.
CREATE INDEX company_by_name ON company (name, brn);
CREATE INDEX company_by_region_name ON company (region, name, brn);
CREATE INDEX company_industry_by_code ON company_industry (industry, brn);
CREATE INDEX company_certification_by_code ON company_certification (certification, brn);

-- Name search ("contains", any case): trigrams on the lower-cased name serve LIKE '%...%'.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX company_name_trigrams ON company USING gin (lower(name) gin_trgm_ops);
