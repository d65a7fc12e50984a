CREATE TABLE purchase_orders (
    id          BIGINT PRIMARY KEY,
    created_at  TIMESTAMP,
    customer_id BIGINT NOT NULL,
    ship_street VARCHAR(100),
    ship_city   VARCHAR(60)
);
