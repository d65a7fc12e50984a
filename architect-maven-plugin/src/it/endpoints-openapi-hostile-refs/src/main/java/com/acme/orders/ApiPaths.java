package com.acme.orders;

public final class ApiPaths {
    public static final String ORDERS = "/api/orders";

    private ApiPaths() {
    }
}
