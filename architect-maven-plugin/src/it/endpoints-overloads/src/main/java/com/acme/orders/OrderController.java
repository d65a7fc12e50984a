package com.acme.orders;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
class OrderController implements CrudApi<Order, Long> {

    @Override
    public Order save(Order body) {
        return body;
    }

    @Override
    public Order find(java.lang.Long id) {
        return null;
    }

    @Override
    public Order find(String name) {
        return null;
    }

    @GetMapping("/by-customer")
    public List<Order> list(@RequestParam String customer) {
        return List.of();
    }

    @GetMapping("/by-ids")
    public List<Order> list(@RequestParam List<Long> ids) {
        return List.of();
    }
}
