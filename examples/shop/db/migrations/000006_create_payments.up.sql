-- One payment per order (order_id is UNIQUE). Rows are created when checkout
-- starts and updated by POST /payments/webhook.
CREATE TABLE payments (
    id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id            uuid        NOT NULL UNIQUE REFERENCES orders (id),
    provider            text        NOT NULL,
    provider_payment_id text        NOT NULL,
    status              text        NOT NULL DEFAULT 'pending',
    amount_cents        bigint      NOT NULL,
    currency            char(3)     NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT payments_status_check
        CHECK (status IN ('pending', 'authorized', 'captured', 'failed', 'refunded')),
    -- The provider may deliver the same webhook more than once.
    CONSTRAINT payments_provider_payment_id_key UNIQUE (provider, provider_payment_id)
);
