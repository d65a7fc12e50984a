package com.acme.orders;

import com.acme.catalog.Catalog;

import java.math.BigDecimal;

public class OrderDesk {

    private final Catalog catalog = new Catalog();

    public BigDecimal total(String sku, int quantity) {
        return catalog.priceOf(sku).multiply(BigDecimal.valueOf(quantity));
    }
}
