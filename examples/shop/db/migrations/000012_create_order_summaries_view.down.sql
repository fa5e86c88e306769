DROP VIEW IF EXISTS order_summaries;
