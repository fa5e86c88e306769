DROP TABLE IF EXISTS inventory_reservations;
