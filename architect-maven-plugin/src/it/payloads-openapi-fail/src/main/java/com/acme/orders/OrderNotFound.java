package com.acme.orders;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(long id) {
        super("Order " + id + " not found");
    }
}
