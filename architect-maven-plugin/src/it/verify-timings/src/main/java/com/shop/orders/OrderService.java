package com.shop.orders;

import com.shop.catalog.Product;

public class OrderService {

    public String describe(String id) {
        Product product = Product.find(id);
        return product.name();
    }
}
