-- Transactional outbox: the API writes events here in the same transaction as
-- the change; the worker publishes them to the order-events SQS queue and
-- sends customer emails, then sets published_at.
CREATE TABLE outbox_events (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    event_type     text        NOT NULL,
    payload        jsonb       NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    published_at   timestamptz
);

-- The worker polls for unpublished events, oldest first.
CREATE INDEX outbox_events_unpublished_idx
    ON outbox_events (created_at)
    WHERE published_at IS NULL;
