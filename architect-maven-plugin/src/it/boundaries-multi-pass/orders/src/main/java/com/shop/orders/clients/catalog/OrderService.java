package com.shop.orders.clients.catalog;

import com.shop.catalog.Product;

public class OrderService {

    public String describe(String id) {
        Product product = Product.find(id);
        return product.name();
    }
}
