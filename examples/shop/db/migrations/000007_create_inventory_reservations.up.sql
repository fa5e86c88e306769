-- Stock held for an order until it is paid or the reservation expires.
CREATE TABLE inventory_reservations (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id   uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id bigint      NOT NULL REFERENCES products (id),
    quantity   integer     NOT NULL CHECK (quantity > 0),
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX inventory_reservations_product_id_idx ON inventory_reservations (product_id);
CREATE INDEX inventory_reservations_expires_at_idx ON inventory_reservations (expires_at);
