-- The flow read model (SPEC §2 Flow, §5 dashboard): built only from the event history on
-- fundflow.fund.allocations and fundflow.matching.matches, so that any past day can be shown exactly as
-- it stood.

-- One row per change of the amount at one stage, stamped with the event's time (ce_time). The figures at
-- any moment are the sums of the entries before it. Dimensions are copied in when the entry is written
-- (the allocation's channel and instrument, the reference flags), so later changes never rewrite history.
CREATE TABLE flow_entry (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id         uuid        NOT NULL,
    occurred_at      timestamptz NOT NULL,
    fund_id          uuid        NOT NULL,
    allocation_id    uuid        NOT NULL,
    match_id         uuid,
    stage            text        NOT NULL
        CHECK (stage IN ('ALLOCATED', 'PROPOSED', 'APPROVED', 'COMMITTED', 'DISBURSED')),
    region           text        NOT NULL,
    capital_area     boolean     NOT NULL,
    industry         text        NOT NULL,
    counts_toward_ai boolean     NOT NULL,
    instrument       text        NOT NULL,
    channel          text        NOT NULL,
    growth_stage     text        NOT NULL CHECK (growth_stage IN ('STARTUP', 'GROWTH', 'EXPANSION', 'LEAP')),
    amount_delta     bigint      NOT NULL CHECK (amount_delta <> 0),
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    -- Only an allocation's own amount counts as allocated; everything else belongs to a match.
    CONSTRAINT flow_entry_match_stages CHECK ((stage = 'ALLOCATED') = (match_id IS NULL))
);

CREATE INDEX flow_entry_fund_time ON flow_entry (fund_id, occurred_at);

CREATE FUNCTION flow_entry_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'flow entries are append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER flow_entry_append_only BEFORE UPDATE OR DELETE ON flow_entry
    FOR EACH ROW EXECUTE FUNCTION flow_entry_refuse_rewrite();
CREATE TRIGGER flow_entry_no_truncate BEFORE TRUNCATE ON flow_entry
    FOR EACH STATEMENT EXECUTE FUNCTION flow_entry_refuse_rewrite();

-- Where each match stands and what it holds at each stage: what the next event's deltas are computed
-- from. Both consumers (allocation topic and match topic) lock a match's row before changing it. Region,
-- industry and stage stay null until one of the match's own events names them.
CREATE TABLE flow_match (
    match_id      uuid        PRIMARY KEY,
    fund_id       uuid        NOT NULL,
    allocation_id uuid        NOT NULL,
    region        text,
    industry      text,
    growth_stage  text,
    state         text CHECK (state IN ('PROPOSED', 'INFO_REQUESTED', 'APPROVED', 'COMMITTED', 'REJECTED',
                                        'WITHDRAWN', 'BUDGET_REJECTED')),
    proposed      bigint      NOT NULL DEFAULT 0,
    approved      bigint      NOT NULL DEFAULT 0,
    committed     bigint      NOT NULL DEFAULT 0,
    disbursed     bigint      NOT NULL DEFAULT 0,
    updated_at    timestamptz
);

-- The budget's events about a match whose own first event has not arrived yet (the two topics are
-- consumed independently): they wait here, in arrival order, and are counted when it does.
CREATE TABLE flow_parked (
    seq         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid        NOT NULL UNIQUE,
    event_type  text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    match_id    uuid        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('COMMITMENT_ACCEPTED', 'COMMITMENT_REJECTED', 'DISBURSED')),
    amount      bigint      NOT NULL
);

CREATE INDEX flow_parked_match ON flow_parked (match_id, seq);

-- The live feed: one row per allocation, match, review or budget event, written last in the same
-- transaction as the entries. Writers take one advisory lock before the insert, so sequence numbers
-- become visible in order and a reader that has seen seq n has seen everything before it.
CREATE TABLE feed_event (
    seq           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      uuid        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    type          text        NOT NULL,
    fund_id       uuid        NOT NULL,
    allocation_id uuid,
    match_id      uuid,
    region        text,
    amount        bigint,
    message_ko    text        NOT NULL,
    message_en    text        NOT NULL
);

CREATE INDEX feed_event_fund ON feed_event (fund_id, seq);
