package com.acme.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders", schema = "archive")
public class ArchivedOrder {
    @Id
    private Long id;
    private String status;
}
