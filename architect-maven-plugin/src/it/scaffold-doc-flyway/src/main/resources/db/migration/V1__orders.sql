CREATE TABLE orders (
    id             BIGINT PRIMARY KEY,
    customer_email VARCHAR(255) NOT NULL,
    total          NUMERIC(12, 2) NOT NULL
);
