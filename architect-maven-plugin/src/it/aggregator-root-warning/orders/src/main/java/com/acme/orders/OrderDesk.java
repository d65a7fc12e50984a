package com.acme.orders;

import java.math.BigDecimal;

public class OrderDesk {

    public BigDecimal total(BigDecimal price, int quantity) {
        return price.multiply(BigDecimal.valueOf(quantity));
    }
}
