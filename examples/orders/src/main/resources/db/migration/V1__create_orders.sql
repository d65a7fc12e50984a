CREATE TABLE orders (
    id          BIGINT        PRIMARY KEY,
    customer_id VARCHAR(64)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    total       NUMERIC(12,2) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);

CREATE TABLE order_lines (
    id         BIGINT        PRIMARY KEY,
    order_id   BIGINT        NOT NULL REFERENCES orders (id),
    product_id BIGINT        NOT NULL,
    quantity   INTEGER       NOT NULL,
    unit_price NUMERIC(12,2) NOT NULL,
    currency   CHAR(3)       NOT NULL
);

CREATE INDEX idx_orders_customer ON orders (customer_id);
CREATE INDEX idx_order_lines_order ON order_lines (order_id);
