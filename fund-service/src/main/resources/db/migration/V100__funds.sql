CREATE TABLE fund (
    id                uuid PRIMARY KEY,
    name              text        NOT NULL,
    total_cap         bigint      NOT NULL CHECK (total_cap > 0),
    period_start      date        NOT NULL,
    period_end        date        NOT NULL CHECK (period_end >= period_start),
    regional_minimum  bigint      NOT NULL CHECK (regional_minimum >= 0 AND regional_minimum <= total_cap),
    ai_minimum        bigint      NOT NULL CHECK (ai_minimum >= 0 AND ai_minimum <= total_cap),
    review_threshold  bigint      NOT NULL CHECK (review_threshold > 0),
    -- Sum of the amounts of the fund's allocations; kept by the allocation use cases in the same
    -- transaction, and the CHECK makes the cap a database invariant, not only a code one.
    allocated         bigint      NOT NULL DEFAULT 0 CHECK (allocated >= 0 AND allocated <= total_cap),
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL
);

CREATE INDEX fund_created_at ON fund (created_at, id);
