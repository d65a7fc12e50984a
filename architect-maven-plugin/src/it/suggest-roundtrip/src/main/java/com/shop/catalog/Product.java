package com.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "products")
public class Product {
    @Id
    Long id;
    String name;
    BigDecimal price;

    public BigDecimal price() {
        return price;
    }
}
