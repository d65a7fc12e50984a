package com.acme.catalog;

import java.math.BigDecimal;

public class Catalog {

    public BigDecimal priceOf(String sku) {
        return sku.startsWith("BOOK") ? new BigDecimal("20.00") : new BigDecimal("5.00");
    }
}
