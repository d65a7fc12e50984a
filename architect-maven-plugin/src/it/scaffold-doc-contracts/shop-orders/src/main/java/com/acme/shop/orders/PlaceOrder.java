package com.acme.shop.orders;

import java.util.List;

public record PlaceOrder(String customerId, List<Line> lines) {

    public record Line(String sku, int quantity) {
    }
}
