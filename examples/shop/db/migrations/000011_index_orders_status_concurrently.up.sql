-- orders is big in production: build the index without locking out writes.
-- CREATE INDEX CONCURRENTLY cannot run inside a transaction block, so this
-- migration holds this one statement only.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_placed_at_idx ON orders (status, placed_at);
