-- Matches: explained proposals that a company receive an amount from an allocation, and their review.

CREATE TABLE match (
    id                      uuid PRIMARY KEY,
    allocation_id           uuid        NOT NULL REFERENCES allocation (id),
    fund_id                 uuid        NOT NULL,
    brn                     text        NOT NULL REFERENCES company (brn),
    company_name            text        NOT NULL,
    region                  text        NOT NULL,
    industry                text        NOT NULL,
    instrument              text        NOT NULL,
    stage                   text        NOT NULL,
    amount                  bigint      NOT NULL CHECK (amount > 0),
    score                   int         NOT NULL CHECK (score BETWEEN 0 AND 100),
    reasons                 jsonb       NOT NULL,
    status                  text        NOT NULL CHECK (status IN ('PROPOSED', 'INFO_REQUESTED', 'APPROVED',
                                'REJECTED', 'COMMITTED', 'BUDGET_REJECTED', 'DISBURSED', 'WITHDRAWN')),
    -- Four eyes at or above this amount (the fund's threshold, from FundAllocated).
    review_threshold        bigint      NOT NULL CHECK (review_threshold > 0),
    -- Approvals count per review round; a round restarts when the company answers a request for
    -- information or the proposed amount changes.
    review_round            int         NOT NULL DEFAULT 1,
    approvers               text[]      NOT NULL DEFAULT '{}',
    committed_amount        bigint CHECK (committed_amount > 0),
    disbursed               bigint      NOT NULL DEFAULT 0 CHECK (disbursed >= 0),
    budget_rejection_reason text,
    budget_remaining        bigint,
    withdrawal_reason       text,
    proposed_at             timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL
);

-- Exactly one proposal per (allocation, company) whatever the event order or redelivery. A rejection stands
-- (the pair is never proposed again); a withdrawn or budget-rejected match frees the pair for a new proposal.
CREATE UNIQUE INDEX match_one_per_pair ON match (allocation_id, brn)
    WHERE status NOT IN ('WITHDRAWN', 'BUDGET_REJECTED');

-- Review queues and lists: sorted by score, then id.
CREATE INDEX match_by_region_status ON match (region, status, score DESC, id);
CREATE INDEX match_by_score ON match (score DESC, id);
CREATE INDEX match_by_brn ON match (brn);
CREATE INDEX match_by_allocation ON match (allocation_id);

-- Every review as given: who, when, why. Append-only (the trigger below refuses changes).
CREATE TABLE match_review (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    match_id     uuid        NOT NULL REFERENCES match (id),
    decision     text        NOT NULL CHECK (decision IN ('APPROVE', 'REJECT', 'REQUEST_INFO')),
    reason       text,
    reviewer     text        NOT NULL,
    reviewed_at  timestamptz NOT NULL,
    review_round int         NOT NULL,
    status_after text        NOT NULL,
    approvals    int         NOT NULL
);

CREATE INDEX match_review_by_match ON match_review (match_id, id);

-- Every change of a match's life, by people or by events: from, to, who, why, when. Append-only.
CREATE TABLE match_history (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    match_id      uuid        NOT NULL REFERENCES match (id),
    status_before text,
    status_after  text        NOT NULL,
    actor         text        NOT NULL,
    reason        text,
    occurred_at   timestamptz NOT NULL
);

CREATE INDEX match_history_by_match ON match_history (match_id, id);

CREATE FUNCTION refuse_change_of_append_only_table() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER match_review_is_append_only BEFORE UPDATE OR DELETE ON match_review
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_table();

CREATE TRIGGER match_history_is_append_only BEFORE UPDATE OR DELETE ON match_history
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_table();

-- Candidates that missed by a single rule (or scored below the threshold), with the reasons: what a
-- ministry analyst asks when a company "should" have matched. Rebuilt whenever either side changes.
CREATE TABLE near_miss (
    allocation_id uuid        NOT NULL REFERENCES allocation (id),
    brn           text        NOT NULL REFERENCES company (brn),
    company_name  text        NOT NULL,
    region        text        NOT NULL,
    score         int         NOT NULL,
    reasons       jsonb       NOT NULL,
    evaluated_at  timestamptz NOT NULL,
    PRIMARY KEY (allocation_id, brn)
);

CREATE INDEX near_miss_by_brn ON near_miss (brn);
CREATE INDEX near_miss_by_region ON near_miss (region, score DESC, allocation_id, brn);
