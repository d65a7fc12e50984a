package com.acme.orders;

/** What the server answers: JSON-B writes isShipped() of a Boolean, which Jackson would not. */
public class Order {

    public final long id;
    private final Boolean shipped;

    public Order(long id, Boolean shipped) {
        this.id = id;
        this.shipped = shipped;
    }

    public Boolean isShipped() {
        return shipped;
    }
}
