CREATE TABLE customers (
    id         BIGINT PRIMARY KEY,
    vat_number VARCHAR(20)
);
