-- The W3C traceparent of the request or event that wrote the row; the relay sends it as a Kafka header so
-- that consumers continue the same trace. Null for rows written without tracing (and for older rows).
ALTER TABLE outbox_event ADD COLUMN trace_parent text;
