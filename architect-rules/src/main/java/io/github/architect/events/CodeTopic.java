package io.github.architect.events;

import io.github.architect.check.Location;

import java.util.List;

/**
 * A topic, queue, exchange or channel the code produces to or consumes from.
 *
 * @param names      what a document name may match: one topic, or a RabbitMQ exchange with its routing
 *                   key, or a queue with the exchange and keys it is bound by; the first is shown
 * @param pattern    true when {@code names} holds one regular expression (a Kafka {@code topicPattern})
 * @param technology Kafka, RabbitMQ, JMS, Spring Cloud Stream or MicroProfile Messaging
 * @param className  the class whose code it is, or null for configuration
 * @param origin     how the code says it ("@KafkaListener on InvoiceListener.onInvoice()")
 */
public record CodeTopic(List<String> names, boolean pattern, MessagingRole role, String technology, String className,
                        Location location, String origin) {

    public CodeTopic {
        names = List.copyOf(names);
    }

    /** The name shown in findings: {@code exchange/routing-key} for a RabbitMQ send. */
    public String display() {
        return pattern ? "pattern " + names.get(0) : String.join(" / ", names);
    }
}
