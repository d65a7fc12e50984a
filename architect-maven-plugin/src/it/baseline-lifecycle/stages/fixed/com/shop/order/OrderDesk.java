package com.shop.order;

import com.shop.catalog.Product;

public class OrderDesk {
    public String place(String productId) {
        return Product.name(productId);
    }
}
