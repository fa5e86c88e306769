-- Customers of the shop. Ids are random UUIDs so they can be shown in URLs
-- without leaking how many customers we have.
CREATE TABLE customers (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    email       text        NOT NULL,
    full_name   text        NOT NULL,
    phone       text,
    marketing_opt_in boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Emails are compared case-insensitively at sign-up.
CREATE UNIQUE INDEX customers_email_key ON customers (lower(email));

COMMENT ON TABLE customers IS 'People who can place orders.';
