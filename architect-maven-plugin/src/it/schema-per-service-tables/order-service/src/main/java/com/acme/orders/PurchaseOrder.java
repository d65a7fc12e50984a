package com.acme.orders;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders", schema = "sales")
public class PurchaseOrder {
    @Id
    private Long id;
    private String status;
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
    private ShippingAddress shipTo;
}
