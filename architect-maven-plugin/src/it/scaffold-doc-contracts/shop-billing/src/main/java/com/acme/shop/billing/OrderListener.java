package com.acme.shop.billing;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class OrderListener {

    @KafkaListener(topics = "orders.placed")
    public void onOrder(String customerId) {
        // bills the customer
    }
}
