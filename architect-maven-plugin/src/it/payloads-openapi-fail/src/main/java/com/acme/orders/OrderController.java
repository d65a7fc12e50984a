package com.acme.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/orders")
public class OrderController {

    public record PlaceOrder(@NotBlank String customerId, List<Line> lines) {
    }

    public record Line(long productId, int quantity) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Order place(@Valid @RequestBody PlaceOrder request) {
        if (request.lines().isEmpty()) {
            throw new OrderNotFound(0);
        }
        return new Order(1L, request.customerId(), "PLACED");
    }

    @GetMapping("/{id}")
    public ResponseEntity<Page<Order>> get(@PathVariable long id) {
        if (id < 0) {
            throw new OrderNotFound(id);
        }
        return ResponseEntity.ok(new Page<>(List.of(new Order(id, "c-42", "PLACED")), 1));
    }
}
