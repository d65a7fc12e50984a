package com.acme.shop.orders;

import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

    private final KafkaTemplate<String, String> kafka;

    public OrderController(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Order place(@RequestBody PlaceOrder request) {
        kafka.send("orders.placed", request.customerId());
        return new Order(1L, request.customerId(), Order.Status.PLACED, request.lines());
    }

    @GetMapping("/{id}")
    public Order get(@PathVariable long id) {
        throw new OrderNotFound(id);
    }
}
