package com.acme.orders;

import jakarta.persistence.Column;

/** A value embedded by PurchaseOrder; Hibernate 6 needs no @Embeddable on it. */
public record ShippingAddress(
        String street,
        @Column(name = "ship_zip") String zip,
        String city) {
}
