package com.acme.shop.orders;

import com.acme.shop.catalog.ProductController;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {

    private final ProductController catalog = new ProductController();

    @PostMapping("/orders")
    public String place() {
        return catalog.price("BOOK-1").toString();
    }
}
