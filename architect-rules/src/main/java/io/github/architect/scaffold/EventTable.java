package io.github.architect.scaffold;

import io.github.architect.scaffold.DraftFacts.DraftTopic;

import java.util.List;

/** Section 4: one event table of every topic the code uses, with the services producing and consuming each. */
final class EventTable implements DraftPart {

    @Override
    public String markdown(DraftFacts facts) {
        if (facts.topics().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("The events the services exchange (PLACEHOLDER: what each one carries,"
                + " and when it is sent):\n\n| Topic | Producers | Consumers |\n|---|---|---|\n");
        for (DraftTopic topic : facts.topics()) {
            out.append("| `").append(topic.name()).append("` | ").append(parties(topic.producers())).append(" | ")
                    .append(parties(topic.consumers())).append(" |\n");
        }
        return out.append('\n').toString();
    }

    private static String parties(List<String> services) {
        return services.isEmpty() ? "-" : String.join(", ", services);
    }
}
