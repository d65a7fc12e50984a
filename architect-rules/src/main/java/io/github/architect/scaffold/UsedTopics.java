package io.github.architect.scaffold;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.events.CodeTopic;
import io.github.architect.events.MessagingRole;
import io.github.architect.events.MessagingScanner;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.Service;
import io.github.architect.scaffold.DraftFacts.DraftTopic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The topics, queues, exchanges and channels the code produces to or consumes from, found by the
 * events check's own scanner, each with the services whose code produces and consumes it. A
 * destination is drafted under the name findings show for it (a RabbitMQ send under its exchange, a
 * listener under its queue); a Kafka {@code topicPattern} declares no name of its own.
 */
final class UsedTopics {

    private UsedTopics() {
    }

    static List<DraftTopic> of(Codebase codebase, ServiceMapping mapping, JavaSourceIndex index) {
        MessagingScanner scanner = new MessagingScanner(index);
        Map<String, Parties> byName = new LinkedHashMap<>();
        for (CodeModule module : codebase.modules()) {
            if (!module.holdsCode()) {
                continue;
            }
            for (CodeTopic code : scanner.scan(module).topics()) {
                if (code.pattern() || code.names().isEmpty()) {
                    continue;
                }
                String name = code.names().get(0);
                Parties parties = byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Parties(name));
                Optional<Service> service = mapping.serviceOf(module, code.className() == null ? "" : code.className());
                service.ifPresent(s -> (code.role() == MessagingRole.PRODUCES ? parties.producers : parties.consumers)
                        .add(s.name()));
            }
        }
        List<DraftTopic> topics = new ArrayList<>();
        byName.values().forEach(p -> topics.add(new DraftTopic(p.name, new ArrayList<>(p.producers),
                new ArrayList<>(p.consumers))));
        return topics;
    }

    private static final class Parties {
        final String name;
        final TreeSet<String> producers = new TreeSet<>();
        final TreeSet<String> consumers = new TreeSet<>();

        Parties(String name) {
            this.name = name;
        }
    }
}
