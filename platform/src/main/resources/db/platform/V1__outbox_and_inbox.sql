-- Transactional outbox: written in the same transaction as the state change, published by the relay.
-- Rows are kept after publishing: they are the service's audit trail of what it announced.
CREATE TABLE outbox_event (
    id             uuid PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    topic          text        NOT NULL,
    event_key      text        NOT NULL,
    event_type     text        NOT NULL,
    schema_version int         NOT NULL,
    source         text        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    payload        jsonb       NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    published_at   timestamptz,
    attempts       int         NOT NULL DEFAULT 0,
    last_error     text
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

-- Inbox: one row per event a consumer has applied, inserted in the same transaction as the effect.
CREATE TABLE inbox_event (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
