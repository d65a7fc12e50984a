package io.github.architect.events;

import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RabbitMessagingTest {

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
    void listenerQueuesAndQueueBindings() {
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.amqp.rabbit.annotation.*;
                class Listeners {
                    @RabbitListener(queues = "billing.commands")
                    void onCommand(String c) { }
                    @RabbitListener(bindings = @QueueBinding(value = @Queue("billing.invoices"),
                            exchange = @Exchange("invoices"), key = {"invoice.issued", "invoice.voided"}))
                    void onInvoice(String i) { }
                    @RabbitListener(queuesToDeclare = @Queue(name = "billing.audit"))
                    void onAudit(String a) { }
                }
                """);

        assertThat(fixture.topics(billing)).containsExactly(
                "CONSUMES RabbitMQ billing.commands @Listeners.java:4",
                "CONSUMES RabbitMQ billing.invoices / invoices / invoice.issued / invoice.voided @Listeners.java:6",
                "CONSUMES RabbitMQ billing.audit @Listeners.java:9");
    }

    @Test
    void templateSendsWithExchangeAndRoutingKeyOrRoutingKeyAlone() {
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.amqp.rabbit.core.RabbitTemplate;
                class Publisher {
                    static final String EXCHANGE = "invoices";
                    private final RabbitTemplate rabbit;
                    Publisher(RabbitTemplate rabbit) { this.rabbit = rabbit; }
                    void issue(Object invoice) {
                        rabbit.convertAndSend(EXCHANGE, "invoice.issued", invoice);
                        rabbit.convertAndSend("billing.audit", invoice);
                        rabbit.convertAndSend("", "direct.queue", invoice);
                        rabbit.convertAndSend(invoice);
                    }
                }
                """);

        assertThat(fixture.topics(billing)).containsExactly(
                "PRODUCES RabbitMQ invoices / invoice.issued @Publisher.java:8",
                "PRODUCES RabbitMQ billing.audit @Publisher.java:9",
                "PRODUCES RabbitMQ direct.queue @Publisher.java:10");
        assertThat(fixture.scan(billing).unresolved()).extracting(UnresolvedTopic::reason)
                .containsExactly("it sends to the template's default exchange and routing key");
    }

    @Test
    void aDocumentNameMatchesTheExchangeTheRoutingKeyOrTheQueue() {
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.amqp.rabbit.core.RabbitTemplate;
                class Publisher {
                    RabbitTemplate rabbit;
                    void issue(Object invoice) { rabbit.convertAndSend("invoices", "invoice.issued", invoice); }
                }
                """);
        CodeModule ledger = fixture.module("ledger");
        fixture.java(ledger, """
                package com.acme.ledger;
                import org.springframework.amqp.rabbit.annotation.RabbitListener;
                class Listener {
                    @RabbitListener(queues = "ledger.invoices")
                    void on(Object invoice) { }
                }
                """);

        assertThat(fixture.verify(fixture.model("""
                | Exchange | Producer | Consumer |
                |---|---|---|
                | `invoices` | Billing | - |

                | Queue | Producer | Consumer |
                |---|---|---|
                | `ledger.invoices` | - | Ledger |
                """))).isEmpty();
        assertThat(fixture.verify(fixture.model("""
                | Routing key | Producer | Consumer |
                |---|---|---|
                """))).isNotEmpty();
        assertThat(fixture.verify(fixture.model("""
                | Topic | Producer | Consumer |
                |---|---|---|
                | `invoice.issued` | Billing | Ledger |
                | `ledger.invoices` | Billing | Ledger |
                """))).isEmpty();
    }
}
