-- added without updating architecture.md
CREATE TABLE audit_log (
    id      BIGINT PRIMARY KEY,
    message TEXT
);
