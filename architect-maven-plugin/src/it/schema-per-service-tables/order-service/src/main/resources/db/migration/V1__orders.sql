CREATE TABLE customers (
    id    BIGINT PRIMARY KEY,
    name  VARCHAR(100) NOT NULL,
    email VARCHAR(200)
);

CREATE TABLE sales.orders (
    id          BIGINT PRIMARY KEY,
    status      VARCHAR(20) NOT NULL,
    ship_street VARCHAR(100),
    ship_zip    VARCHAR(10)
);
