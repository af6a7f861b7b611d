-- The eligibility index: matching-service's own copy of allocations and companies, built from their events.
-- Candidates are looked up by (region, industry) pair, never by scanning every allocation or company.

CREATE TABLE allocation (
    id               uuid PRIMARY KEY,
    fund_id          uuid        NOT NULL,
    title            text,
    channel          text        NOT NULL,
    regions          text[]      NOT NULL,
    industries       text[]      NOT NULL,
    instrument       text        NOT NULL,
    stages           text[]      NOT NULL,
    max_employees    int,
    min_ticket       bigint,
    max_ticket       bigint,
    amount           bigint      NOT NULL CHECK (amount >= 0),
    -- The fund side's committed total (CommitmentAccepted.allocationCommitted); remaining = amount - committed.
    committed        bigint      NOT NULL DEFAULT 0 CHECK (committed >= 0),
    review_threshold bigint      NOT NULL CHECK (review_threshold > 0),
    status           text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    -- Time of the event that set the amount: an older adjustment arriving late never overwrites a newer one.
    amount_as_of     timestamptz NOT NULL,
    allocated_at     timestamptz NOT NULL,
    closed_at        timestamptz
);

-- One row per (region, industry) pair of an OPEN allocation; rows go when the allocation closes.
CREATE TABLE allocation_target (
    region        text NOT NULL,
    industry      text NOT NULL,
    allocation_id uuid NOT NULL REFERENCES allocation (id),
    PRIMARY KEY (region, industry, allocation_id)
);

CREATE INDEX allocation_target_by_allocation ON allocation_target (allocation_id);

CREATE TABLE company (
    brn            text PRIMARY KEY CHECK (brn ~ '^[0-9]{10}$'),
    name           text        NOT NULL,
    region         text        NOT NULL,
    industries     text[]      NOT NULL,
    stage          text        NOT NULL,
    employees      int         NOT NULL,
    annual_revenue bigint      NOT NULL,
    founded_on     date,
    certifications text[]      NOT NULL,
    demands        jsonb       NOT NULL,
    -- company-service's revision: an event with a revision not higher than this one changes nothing.
    revision       bigint      NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- One row per (region, industry) pair of a company: its region times each of its industries.
CREATE TABLE company_target (
    region   text NOT NULL,
    industry text NOT NULL,
    brn      text NOT NULL REFERENCES company (brn),
    PRIMARY KEY (region, industry, brn)
);

CREATE INDEX company_target_by_brn ON company_target (brn);
