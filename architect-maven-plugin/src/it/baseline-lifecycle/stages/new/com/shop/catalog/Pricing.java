package com.shop.catalog;

import com.shop.billing.Invoice;

public class Pricing {
    public void bill(String product) {
        Invoice.send(product);
    }
}
