package com.acme.ledger;

import org.springframework.amqp.rabbit.annotation.Exchange;
import org.springframework.amqp.rabbit.annotation.Queue;
import org.springframework.amqp.rabbit.annotation.QueueBinding;
import org.springframework.amqp.rabbit.annotation.RabbitListener;

public class InvoiceListener {

    @RabbitListener(bindings = @QueueBinding(value = @Queue("ledger.invoices"),
            exchange = @Exchange("invoices"), key = "invoice.issued"))
    public void onInvoice(String invoice) {
    }

    @RabbitListener(queues = "ledger.corrections")
    public void onCorrection(String correction) {
    }
}
