CREATE TABLE thing (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
