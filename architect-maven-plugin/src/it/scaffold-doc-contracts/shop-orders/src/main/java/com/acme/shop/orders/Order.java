package com.acme.shop.orders;

import java.util.List;

public record Order(long id, String customerId, Status status, List<PlaceOrder.Line> lines) {

    public enum Status { PLACED, SHIPPED }
}
