package com.shop.catalog;

public record Product(String id, String name) {

    public static Product find(String id) {
        return new Product(id, "product " + id);
    }
}
