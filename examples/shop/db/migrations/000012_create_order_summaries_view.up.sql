-- Read model for the back-office order list.
CREATE VIEW order_summaries AS
SELECT
    o.id                AS order_id,
    o.customer_id,
    c.display_name      AS customer_name,
    c.email             AS customer_email,
    o.status,
    o.total_cents,
    o.currency,
    count(oi.line_no)   AS item_count,
    p.status            AS payment_status,
    o.placed_at,
    o.cancelled_at
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN order_items oi ON oi.order_id = o.id
LEFT JOIN payments p ON p.order_id = o.id
GROUP BY o.id, c.id, p.id;
