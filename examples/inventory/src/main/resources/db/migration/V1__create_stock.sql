CREATE TABLE stock_items (
    product_id BIGINT  PRIMARY KEY,
    on_hand    INTEGER NOT NULL CHECK (on_hand >= 0)
);

CREATE TABLE stock_reservations (
    id         BIGINT  PRIMARY KEY,
    product_id BIGINT  NOT NULL REFERENCES stock_items (product_id),
    order_id   BIGINT  NOT NULL,
    quantity   INTEGER NOT NULL
);

CREATE INDEX idx_stock_reservations_order ON stock_reservations (order_id);
