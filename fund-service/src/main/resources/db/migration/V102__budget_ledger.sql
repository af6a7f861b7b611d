-- The budget ledger: append-only entries. A commitment reserves part of an allocation for one approved
-- match (at most one per match, whatever the redelivery); a disbursement records money paid out on it.
CREATE TABLE commitment (
    id            uuid        PRIMARY KEY,
    allocation_id uuid        NOT NULL REFERENCES allocation (id),
    fund_id       uuid        NOT NULL REFERENCES fund (id),
    match_id      uuid        NOT NULL,
    brn           text        NOT NULL,
    amount        bigint      NOT NULL CHECK (amount > 0),
    -- Running total of this commitment's disbursements, kept in the same transaction as each entry.
    disbursed     bigint      NOT NULL DEFAULT 0,
    committed_at  timestamptz NOT NULL,
    CONSTRAINT commitment_one_per_match UNIQUE (match_id),
    CONSTRAINT commitment_disbursed_within_amount CHECK (disbursed >= 0 AND disbursed <= amount)
);

CREATE INDEX commitment_allocation ON commitment (allocation_id, committed_at, id);

CREATE TABLE disbursement (
    id            uuid        PRIMARY KEY,
    commitment_id uuid        NOT NULL REFERENCES commitment (id),
    allocation_id uuid        NOT NULL REFERENCES allocation (id),
    match_id      uuid        NOT NULL,
    brn           text        NOT NULL,
    amount        bigint      NOT NULL CHECK (amount > 0),
    note          text        CHECK (length(note) <= 500),
    disbursed_at  timestamptz NOT NULL,
    recorded_by   text        NOT NULL
);

CREATE INDEX disbursement_allocation ON disbursement (allocation_id, disbursed_at, id);
CREATE INDEX disbursement_commitment ON disbursement (commitment_id);

-- Append-only, enforced here and not only by the code: entries are never deleted or rewritten; the one
-- column that moves is a commitment's running total of disbursements, and only upwards.
CREATE FUNCTION ledger_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the budget ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER disbursement_append_only BEFORE UPDATE OR DELETE ON disbursement
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_rewrite();
CREATE TRIGGER disbursement_no_truncate BEFORE TRUNCATE ON disbursement
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_rewrite();
CREATE TRIGGER commitment_no_delete BEFORE DELETE ON commitment
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_rewrite();
CREATE TRIGGER commitment_no_truncate BEFORE TRUNCATE ON commitment
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_rewrite();
CREATE TRIGGER commitment_only_disbursed_grows BEFORE UPDATE ON commitment
    FOR EACH ROW
    WHEN ((NEW.id, NEW.allocation_id, NEW.fund_id, NEW.match_id, NEW.brn, NEW.amount, NEW.committed_at)
              IS DISTINCT FROM (OLD.id, OLD.allocation_id, OLD.fund_id, OLD.match_id, OLD.brn, OLD.amount, OLD.committed_at)
          OR NEW.disbursed < OLD.disbursed)
    EXECUTE FUNCTION ledger_refuse_rewrite();
