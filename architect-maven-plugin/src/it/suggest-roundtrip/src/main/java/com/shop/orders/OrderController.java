package com.shop.orders;

import com.shop.catalog.Product;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

    @PostMapping
    public String place() {
        return "placed";
    }

    @GetMapping("/{orderId}")
    public String get(@PathVariable long orderId) {
        return "order " + orderId;
    }

    String priceOf(Product product) {
        return String.valueOf(product.price());
    }
}
