package com.acme.orders;

/** What a client sends: JSON-B sets customer through its setter, and nothing sets reference. */
public class NewOrder {

    private String customer;
    private String reference;

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getReference() {
        return reference;
    }
}
