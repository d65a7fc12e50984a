CREATE TABLE customers (
    id         BIGINT PRIMARY KEY,
    created_at TIMESTAMP,
    name       VARCHAR(100) NOT NULL,
    street     VARCHAR(100),
    city       VARCHAR(60)
);

CREATE TABLE customer_tags (
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    tags        VARCHAR(40) NOT NULL
);
