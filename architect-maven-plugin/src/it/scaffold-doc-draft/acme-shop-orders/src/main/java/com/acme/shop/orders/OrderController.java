package com.acme.shop.orders;

import com.acme.shop.common.Money;
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
        return "";
    }

    @GetMapping("/{id:\\d+}")
    public String get(@PathVariable long id) {
        return "";
    }

    public Money total(long id) {
        return new Money(0, "EUR");
    }
}
