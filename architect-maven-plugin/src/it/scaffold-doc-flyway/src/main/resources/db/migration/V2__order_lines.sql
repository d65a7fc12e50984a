CREATE TABLE order_lines (
    id       BIGINT PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders (id),
    sku      VARCHAR(40) NOT NULL
);

ALTER TABLE order_lines ADD COLUMN quantity INTEGER NOT NULL DEFAULT 1;
