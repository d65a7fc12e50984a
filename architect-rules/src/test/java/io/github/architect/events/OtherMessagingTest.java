package io.github.architect.events;

import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** JMS, Spring Cloud Stream and MicroProfile Messaging. */
class OtherMessagingTest {

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
    void jmsListenerAndTemplate() {
        fixture.resource(billing, "application.properties", "spring.jms.template.default-destination=billing.default\n");
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.jms.annotation.JmsListener;
                import org.springframework.jms.core.JmsTemplate;
                class Jms {
                    JmsTemplate jms;
                    @JmsListener(destination = "billing.requests")
                    void on(String m) { jms.convertAndSend("billing.responses", m); jms.convertAndSend(m); }
                }
                """);

        assertThat(fixture.topics(billing)).containsExactly(
                "CONSUMES JMS billing.requests @Jms.java:6",
                "PRODUCES JMS billing.responses @Jms.java:7",
                "PRODUCES JMS billing.default @Jms.java:7");
    }

    @Test
    void springCloudStreamBindingsDecideByTheirInAndOutNames() {
        fixture.resource(billing, "application.yml", """
                spring:
                  cloud:
                    function:
                      definition: settle;issue
                    stream:
                      bindings:
                        settle-in-0:
                          destination: payment.settled
                        issue-out-0:
                          destination: ${topics.issued:invoice.issued}
                        audit:
                          destination: billing.audit
                """);

        assertThat(fixture.topics(billing)).containsExactly(
                "CONSUMES Spring Cloud Stream payment.settled @application.yml:7",
                "PRODUCES Spring Cloud Stream invoice.issued @application.yml:9");
        assertThat(fixture.scan(billing).unresolved()).extracting(u -> u.location().line() + " " + u.origin())
                .containsExactly("11 binding audit in application.yml");
    }

    @Test
    void streamBridgeSendsToTheBindingsDestination() {
        fixture.resource(billing, "application.properties", "spring.cloud.stream.bindings.audit.destination=billing.audit\n");
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.cloud.stream.function.StreamBridge;
                class Audit {
                    StreamBridge bridge;
                    void audit(Object e) { bridge.send("audit", e); }
                }
                """);

        assertThat(fixture.topics(billing)).containsExactly("PRODUCES Spring Cloud Stream billing.audit @Audit.java:5");
        assertThat(fixture.scan(billing).unresolved()).isEmpty();
    }

    @Test
    void microProfileChannelsBoundToABrokerByConfiguration() {
        fixture.resource(billing, "application.properties", """
                mp.messaging.incoming.payments.connector=smallrye-kafka
                mp.messaging.incoming.payments.topic=payment.settled
                mp.messaging.outgoing.invoices.connector=smallrye-kafka
                """);
        fixture.java(billing, """
                package com.acme.billing;
                import org.eclipse.microprofile.reactive.messaging.*;
                class Flow {
                    @Incoming("payments") @Outgoing("invoices")
                    Object process(Object p) { return p; }
                    @Incoming("internal")
                    void inMemory(Object o) { }
                }
                """);

        assertThat(fixture.topics(billing)).containsExactly(
                "CONSUMES MicroProfile Messaging payment.settled @Flow.java:4",
                "PRODUCES MicroProfile Messaging invoices @Flow.java:4");
    }
}
