-- The catalogue. Prices are stored in minor units (cents) to avoid float rounding.
CREATE TABLE products (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku            varchar(64) NOT NULL UNIQUE,
    name           text        NOT NULL,
    description    text,
    price_cents    integer     NOT NULL,
    currency       char(3)     NOT NULL DEFAULT 'EUR',
    stock_quantity integer     NOT NULL DEFAULT 0,
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT products_price_cents_check CHECK (price_cents >= 0),
    CONSTRAINT products_stock_quantity_check CHECK (stock_quantity >= 0)
);
