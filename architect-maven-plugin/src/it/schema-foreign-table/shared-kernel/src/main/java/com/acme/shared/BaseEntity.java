package com.acme.shared;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class BaseEntity {

    @Id
    protected Long id;

    protected Instant createdAt;
}
