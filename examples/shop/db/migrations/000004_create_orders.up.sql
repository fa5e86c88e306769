-- Keep in sync with OrderStatus in api/openapi.yaml.
CREATE TYPE order_status AS ENUM (
    'pending',
    'awaiting_payment',
    'paid',
    'shipped',
    'delivered',
    'cancelled',
    'refunded'
);

CREATE TABLE orders (
    id                  uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id         uuid         NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    shipping_address_id bigint       REFERENCES addresses (id) ON DELETE SET NULL,
    status              order_status NOT NULL DEFAULT 'pending',
    total_cents         bigint       NOT NULL,
    currency            char(3)      NOT NULL DEFAULT 'EUR',
    -- Value of the Idempotency-Key header on POST /orders, if the client sent one.
    idempotency_key     text,
    placed_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT orders_total_cents_check CHECK (total_cents >= 0)
);

CREATE INDEX orders_customer_id_placed_at_idx ON orders (customer_id, placed_at DESC);

-- A retried POST /orders with the same key must not create a second order.
CREATE UNIQUE INDEX orders_customer_id_idempotency_key_key
    ON orders (customer_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
