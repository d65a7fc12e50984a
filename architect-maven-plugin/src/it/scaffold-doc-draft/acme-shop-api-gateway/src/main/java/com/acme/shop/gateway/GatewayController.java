package com.acme.shop.gateway;

import com.acme.shop.orders.OrderController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GatewayController {

    private final OrderController orders = new OrderController();

    @GetMapping("/api/orders/{id}/total")
    public String total(long id) {
        return orders.total(id).toString();
    }
}
