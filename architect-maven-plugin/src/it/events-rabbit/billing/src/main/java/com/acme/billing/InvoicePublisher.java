package com.acme.billing;

import org.springframework.amqp.rabbit.core.RabbitTemplate;

public class InvoicePublisher {

    static final String EXCHANGE = "invoices";

    private final RabbitTemplate rabbit;

    public InvoicePublisher(RabbitTemplate rabbit) {
        this.rabbit = rabbit;
    }

    public void issue(String invoice) {
        rabbit.convertAndSend(EXCHANGE, "invoice.issued", invoice);
        rabbit.convertAndSend("billing.audit", invoice);
    }
}
