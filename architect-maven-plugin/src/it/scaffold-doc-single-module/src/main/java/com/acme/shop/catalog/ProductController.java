package com.acme.shop.catalog;

import com.acme.shop.common.Money;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductController {

    @GetMapping("/products/{sku}")
    public String product(@PathVariable String sku) {
        return sku;
    }

    public Money price(String sku) {
        return new Money(100, "EUR");
    }
}
