package com.acme.ledger;

import org.springframework.kafka.annotation.KafkaListener;

public class InvoiceListener {

    @KafkaListener(topics = "${ledger.invoices-topic:invoice.issued}", groupId = "ledger")
    public void onInvoice(String invoice) {
    }
}
