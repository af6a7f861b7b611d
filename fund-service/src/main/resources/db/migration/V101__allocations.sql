-- Allocations: the budget lines of a fund. Region, industry and stage lists are ordered arrays (the first
-- region and industry are what the business gauges attribute the line to); codes are checked against the
-- reference tables by the use case, which answers 400 naming the field.
CREATE TABLE allocation (
    id                 uuid        PRIMARY KEY,
    fund_id            uuid        NOT NULL REFERENCES fund (id),
    title              text        CHECK (length(title) <= 200),
    channel            text        NOT NULL CHECK (length(channel) BETWEEN 1 AND 200),
    regions            text[]      NOT NULL CHECK (cardinality(regions) > 0),
    industries         text[]      NOT NULL CHECK (cardinality(industries) > 0),
    instrument         text        NOT NULL REFERENCES instrument (code),
    coverage_ratio_pct int         CHECK (coverage_ratio_pct BETWEEN 1 AND 100),
    fee_discount_bp    int         CHECK (fee_discount_bp BETWEEN 0 AND 10000),
    subsidy_rate_bp    int         CHECK (subsidy_rate_bp BETWEEN 1 AND 10000),
    term_months        int         CHECK (term_months BETWEEN 1 AND 600),
    stages             text[]      NOT NULL CHECK (cardinality(stages) > 0
                                       AND stages <@ ARRAY['STARTUP', 'GROWTH', 'EXPANSION', 'LEAP']::text[]),
    max_employees      int         CHECK (max_employees > 0),
    min_ticket         bigint      CHECK (min_ticket >= 0),
    max_ticket         bigint      CHECK (max_ticket >= 0),
    amount             bigint      NOT NULL CHECK (amount > 0),
    -- Running totals of the budget ledger (commitment, disbursement), kept by the ledger use cases in the
    -- same transaction as the entries. The CHECKs make the budget invariants database invariants.
    committed          bigint      NOT NULL DEFAULT 0 CHECK (committed >= 0),
    disbursed          bigint      NOT NULL DEFAULT 0 CHECK (disbursed >= 0),
    status             text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    CONSTRAINT allocation_committed_within_amount CHECK (committed <= amount),
    CONSTRAINT allocation_disbursed_within_committed CHECK (disbursed <= committed),
    CONSTRAINT allocation_ticket_range CHECK (min_ticket IS NULL OR max_ticket IS NULL OR min_ticket <= max_ticket),
    CONSTRAINT allocation_ticket_within_amount CHECK ((min_ticket IS NULL OR min_ticket <= amount)
                                                      AND (max_ticket IS NULL OR max_ticket <= amount))
);

-- Lists are sorted by (created_at, id); filters by fund, region and industry use these.
CREATE INDEX allocation_created ON allocation (created_at, id);
CREATE INDEX allocation_fund ON allocation (fund_id, created_at, id);
CREATE INDEX allocation_regions ON allocation USING gin (regions);
CREATE INDEX allocation_industries ON allocation USING gin (industries);
