package io.github.architect.events;

import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.model.ArchitectureModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventFlowCheckTest {

    private static final String TABLE = """
            | Topic | Producer | Consumer |
            |---|---|---|
            | `invoice.issued` | Billing | Ledger, Data Lake |
            | `partner.payments` | Acme Bank | Billing |
            """;

    @TempDir
    Path dir;
    EventFixture fixture;
    CodeModule billing;
    CodeModule ledger;

    @BeforeEach
    void setUp() {
        fixture = new EventFixture(dir);
        billing = fixture.module("billing");
        ledger = fixture.module("ledger");
        fixture.java(billing, """
                package com.acme.billing;
                import org.springframework.kafka.core.KafkaTemplate;
                import org.springframework.kafka.annotation.KafkaListener;
                class Invoices {
                    KafkaTemplate<String, Object> kafka;
                    void issue(Object invoice) { kafka.send("invoice.issued", invoice); }
                    @KafkaListener(topics = "partner.payments")
                    void onPayment(Object payment) { }
                }
                """);
        fixture.java(ledger, """
                package com.acme.ledger;
                import org.springframework.kafka.annotation.KafkaListener;
                class LedgerListener {
                    @KafkaListener(topics = "invoice.issued")
                    void onInvoice(Object invoice) { }
                }
                """);
    }

    private static List<String> findings(List<Violation> violations) {
        return violations.stream().map(v -> v.ruleId() + " " + v.location().file().getFileName() + ":" + v.location().line()
                + (v.documentLocation() == null ? "" : " doc:" + v.documentLocation().line()) + " " + v.message()).toList();
    }

    @Test
    void passesWhenProducersAndConsumersAgreeAndOutsidePartiesAreIgnored() {
        assertThat(fixture.verify(fixture.model(TABLE))).isEmpty();
    }

    @Test
    void aTopicTheDocumentDoesNotNameIsUndeclared() {
        fixture.java(ledger, """
                package com.acme.ledger;
                import org.springframework.kafka.core.KafkaTemplate;
                class Balances {
                    KafkaTemplate<String, Object> kafka;
                    void post(Object entry) { kafka.send("ledger.posted", entry); }
                }
                """);

        assertThat(findings(fixture.verify(fixture.model(TABLE)))).containsExactly(
                "undeclared-topic Balances.java:5 kafka.send() in Balances.post() (service Ledger Service) produces to"
                        + " Kafka ledger.posted but the architecture document declares no such topic, queue or channel");
    }

    @Test
    void aServiceNotAmongTheDeclaredProducersOrConsumers() {
        ArchitectureModel swapped = fixture.model("""
                | Topic | Producer | Consumer |
                |---|---|---|
                | `invoice.issued` | Ledger | Billing |
                | `partner.payments` | Acme Bank | Billing |
                """);

        assertThat(findings(fixture.verify(swapped))).containsExactly(
                "topic-wrong-producer Invoices.java:6 doc:13 kafka.send() in Invoices.issue() (service Billing Service)"
                        + " produces to Kafka invoice.issued but the document declares producer Ledger Service for `invoice.issued`",
                "topic-wrong-consumer LedgerListener.java:4 doc:13 @KafkaListener in LedgerListener.onInvoice()"
                        + " (service Ledger Service) consumes from Kafka invoice.issued but the document declares consumer"
                        + " Billing Service for `invoice.issued`");
    }

    @Test
    void aDeclaredTopicNothingUsesIsReportedOncePerBuild() {
        List<Violation> violations = fixture.verify(fixture.model(TABLE + "| `invoice.voided` | Billing | Ledger |\n"));

        assertThat(findings(violations)).containsExactly(
                "topic-not-used architecture.md:15 The topic `invoice.voided` is declared produced by Billing Service and"
                        + " consumed by Ledger Service but no code of the build produces to or consumes from it");
        assertThat(violations.get(0).severity()).hasToString("WARN");
    }

    @Test
    void aDocumentWithoutTopicsChecksNothingAboutThemButStillReportsUndeclaredOnes() {
        ArchitectureModel none = fixture.model("None.");

        assertThat(fixture.verify(none)).extracting(Violation::ruleId)
                .containsExactly("undeclared-topic", "undeclared-topic", "undeclared-topic");
    }
}
