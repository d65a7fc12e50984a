ALTER TABLE customers ADD COLUMN has_orders BOOLEAN;
