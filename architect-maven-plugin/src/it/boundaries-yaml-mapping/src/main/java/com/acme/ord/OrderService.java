package com.acme.ord;

import com.acme.prod.items.Product;

public class OrderService {

    public String describe(String id) {
        Product product = Product.find(id);
        return product.name();
    }
}
