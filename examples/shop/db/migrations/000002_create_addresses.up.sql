-- Postal addresses belong to a customer; an order points at the one it ships to.
CREATE TABLE addresses (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  uuid        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind         text        NOT NULL DEFAULT 'shipping',
    line1        text        NOT NULL,
    line2        text,
    city         text        NOT NULL,
    postal_code  text        NOT NULL,
    country_code char(2)     NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT addresses_kind_check CHECK (kind IN ('shipping', 'billing')),
    CONSTRAINT addresses_country_code_check CHECK (country_code ~ '^[A-Z]{2}$')
);

CREATE INDEX addresses_customer_id_idx ON addresses (customer_id);
