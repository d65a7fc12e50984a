package com.acme.orders;

/** An order as the API writes it: getters only. */
public class Order {

    private final Long id;
    private final String customerId;
    private final String status;

    public Order(Long id, String customerId, String status) {
        this.id = id;
        this.customerId = customerId;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getStatus() {
        return status;
    }
}
