package com.acme.заказы;

import com.acme.tsuchi.Notifier;

public class OrderDesk {

    public void place(String order) {
        new Notifier().send("placed " + order);
    }
}
