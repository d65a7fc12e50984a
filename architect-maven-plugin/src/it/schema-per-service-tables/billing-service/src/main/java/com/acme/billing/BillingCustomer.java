package com.acme.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customers")
public class BillingCustomer {
    @Id
    private Long id;
    @Column(name = "vat_number")
    private String vatNumber;
    private String email;
}
