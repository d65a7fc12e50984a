package com.acme.billing;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

public class InvoicePublisher {

    static final String SETTLED = "payment.settled";

    private final KafkaTemplate<String, String> kafka;

    public InvoicePublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    public void issue(String invoice) {
        kafka.send("invoice.issued", invoice);
    }

    @KafkaListener(topics = SETTLED)
    public void onSettled(String payment) {
    }
}
