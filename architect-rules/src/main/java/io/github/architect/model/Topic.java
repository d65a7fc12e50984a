package io.github.architect.model;

import java.util.List;
import java.util.Locale;

/**
 * A topic, queue, exchange or channel the document declares, with the services (or outside parties)
 * that produce to it and consume from it.
 *
 * @param name      as written, e.g. {@code invoice.issued}
 * @param kind      what the document calls it: topic, queue, exchange, channel, event or stream
 * @param producers who publishes to it: service names as declared, or outside parties as written
 * @param consumers who consumes from it, likewise
 */
public record Topic(String name, String kind, List<String> producers, List<String> consumers, Position position) {

    public Topic {
        producers = List.copyOf(producers);
        consumers = List.copyOf(consumers);
    }

    /** Topic names compare case-insensitively: brokers are case-sensitive, but no team names two topics by case. */
    public static String keyOf(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public String key() {
        return keyOf(name);
    }
}
