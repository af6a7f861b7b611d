-- Idempotency keys of POST requests (header Idempotency-Key), per caller: the answer of the request that
-- first used the key, stored in the same transaction as its effect, so that a retry or a concurrent duplicate
-- gets the same answer and changes nothing. Rows expire (fundflow.idempotency.ttl, 24 h by default).
CREATE TABLE idempotency_key (
    subject          text        NOT NULL,
    key              text        NOT NULL,
    method           text        NOT NULL,
    path             text        NOT NULL,
    request_hash     text        NOT NULL,
    -- Set in the transaction that inserts the row: a committed row always carries its answer.
    status           int,
    response_headers jsonb,
    response_body    bytea,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
