package com.shop.billing;

public class Invoice {
    public static void send(String order) {
    }
}
