package com.acme.ledger;

import org.springframework.kafka.core.KafkaTemplate;

public class LedgerPublisher {

    private final KafkaTemplate<String, String> kafka;

    public LedgerPublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    public void book(String entry) {
        kafka.send("ledger.booked", entry);
        kafka.send("invoice.issued", entry);
    }
}
