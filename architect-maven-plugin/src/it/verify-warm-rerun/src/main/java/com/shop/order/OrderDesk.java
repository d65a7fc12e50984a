package com.shop.order;

import com.shop.billing.Invoice;
import com.shop.catalog.Product;

public class OrderDesk {
    public String place(String productId) {
        String name = Product.name(productId);
        Invoice.send(name);
        return name;
    }
}
