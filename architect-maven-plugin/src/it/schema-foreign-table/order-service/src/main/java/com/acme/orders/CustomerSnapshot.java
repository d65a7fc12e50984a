package com.acme.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Reads the customers table directly instead of asking the Customer Service. */
@Entity
@Table(name = "customers")
public class CustomerSnapshot {

    @Id
    private Long id;

    private String name;
}
