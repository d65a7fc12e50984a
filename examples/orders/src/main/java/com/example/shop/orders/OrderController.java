package com.example.shop.orders;

import com.example.shop.common.ConflictException;
import com.example.shop.common.ErrorBody;
import com.example.shop.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The Order Service's HTTP API (section 4 of architecture.md). */
@RestController
@RequestMapping("/orders")
public class OrderController {

    /** What a client sends to place an order. */
    public record PlaceOrder(String customerId, List<OrderDesk.Item> lines) {
    }

    private final OrderDesk desk;

    public OrderController(OrderDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Order place(@RequestBody PlaceOrder request) {
        return desk.place(request.customerId(), request.lines());
    }

    @GetMapping
    public List<Order> ofCustomer(@RequestParam String customerId) {
        return desk.ofCustomer(customerId);
    }

    @GetMapping("/{id}")
    public Order get(@PathVariable long id) {
        return desk.get(id);
    }

    @PostMapping("/{id}/cancel")
    public Order cancel(@PathVariable long id) {
        return desk.cancel(id);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ErrorBody notFound(NotFoundException e) {
        return new ErrorBody("not_found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public ErrorBody conflict(ConflictException e) {
        return new ErrorBody("conflict", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ErrorBody badRequest(IllegalArgumentException e) {
        return new ErrorBody("bad_request", e.getMessage());
    }
}
