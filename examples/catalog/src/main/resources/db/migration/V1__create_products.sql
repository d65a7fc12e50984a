CREATE TABLE products (
    id       BIGINT        PRIMARY KEY,
    sku      VARCHAR(32)   NOT NULL UNIQUE,
    name     VARCHAR(200)  NOT NULL,
    price    NUMERIC(12,2) NOT NULL,
    currency CHAR(3)       NOT NULL
);
