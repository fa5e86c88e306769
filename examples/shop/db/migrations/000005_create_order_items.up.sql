-- Lines of an order. unit_price_cents is copied from products at checkout so
-- later price changes don't rewrite history.
CREATE TABLE order_items (
    order_id         uuid     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no          smallint NOT NULL,
    product_id       bigint   NOT NULL REFERENCES products (id),
    quantity         integer  NOT NULL,
    unit_price_cents integer  NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_items_quantity_check CHECK (quantity > 0),
    CONSTRAINT order_items_unit_price_cents_check CHECK (unit_price_cents >= 0)
);

CREATE INDEX order_items_product_id_idx ON order_items (product_id);
