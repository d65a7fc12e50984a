package io.github.architect.events;

import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaMessagingTest {

    @TempDir
    Path dir;
    EventFixture fixture;
    CodeModule billing;

    @BeforeEach
    void setUp() {
        fixture = new EventFixture(dir);
        billing = fixture.module("billing");
    }

    @Test
    void listenerTopicsLiteralsConstantsAndPlaceholders() {
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.kafka.annotation.KafkaListener;
                class PaymentListener {
                    static final String PREFIX = "payment.";
                    @KafkaListener(topics = {PREFIX + "settled", Topics.FAILED}, groupId = "billing")
                    void onPayment(String event) { }
                    @KafkaListener(topics = "${billing.refunds-topic:payment.refunded}")
                    void onRefund(String event) { }
                }
                """);
        fixture.java(billing, """
                package com.acme.billing;
                interface Topics { String FAILED = "payment.failed"; }
                """);

        assertThat(fixture.topics(billing)).containsExactly(
                "CONSUMES Kafka payment.failed @PaymentListener.java:5",
                "CONSUMES Kafka payment.settled @PaymentListener.java:5",
                "CONSUMES Kafka payment.refunded @PaymentListener.java:7");
    }

    @Test
    void sendsThroughAKafkaTemplateFieldAndSendTo() {
        fixture.resource(billing, "application.yml", "app:\n  topics:\n    issued: invoice.issued\n");
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.kafka.core.KafkaTemplate;
                import org.springframework.kafka.annotation.KafkaListener;
                import org.springframework.messaging.handler.annotation.SendTo;
                import org.apache.kafka.clients.producer.ProducerRecord;
                class InvoicePublisher {
                    private final KafkaTemplate<String, Object> kafka;
                    InvoicePublisher(KafkaTemplate<String, Object> kafka) { this.kafka = kafka; }
                    void issue(Object invoice) {
                        kafka.send("invoice.issued", invoice);
                        this.kafka.send(new ProducerRecord<>("invoice.voided", invoice));
                    }
                    @KafkaListener(topics = "invoice.requests")
                    @SendTo("invoice.replies")
                    Object reply(Object request) { return request; }
                }
                """);

        assertThat(fixture.topics(billing)).containsExactly(
                "PRODUCES Kafka invoice.issued @InvoicePublisher.java:10",
                "PRODUCES Kafka invoice.voided @InvoicePublisher.java:11",
                "CONSUMES Kafka invoice.requests @InvoicePublisher.java:13",
                "PRODUCES Kafka invoice.replies @InvoicePublisher.java:14");
    }

    @Test
    void aTopicPatternIsMatchedAgainstDeclaredNames() {
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.kafka.annotation.KafkaListener;
                class AuditListener {
                    @KafkaListener(topicPattern = "invoice\\\\..*")
                    void onAny(String event) { }
                }
                """);

        assertThat(fixture.topics(billing)).containsExactly("CONSUMES Kafka pattern invoice\\..* @AuditListener.java:4");
    }

    @Test
    void whatCannotBeResolvedIsReportedNotGuessed() {
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.kafka.core.KafkaTemplate;
                import org.springframework.kafka.annotation.KafkaListener;
                class Dynamic {
                    KafkaTemplate<String, String> template;
                    @KafkaListener(topics = "${missing.topic}")
                    void on(String e) { }
                    void send(String topic) { template.send(topic, "x"); }
                }
                """);

        MessagingScan scan = fixture.scan(billing);
        assertThat(scan.topics()).isEmpty();
        assertThat(scan.unresolved()).extracting(u -> u.origin() + ": " + u.reason()).containsExactly(
                "@KafkaListener in Dynamic.on(): placeholder ${missing.topic} has no value in application.properties/yml and no default",
                "template.send() in Dynamic.send(): constant 'topic' is not declared in the project's sources");
    }
}
