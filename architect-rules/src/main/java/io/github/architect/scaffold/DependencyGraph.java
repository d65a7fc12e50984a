package io.github.architect.scaffold;

import java.util.Locale;

/** Section 2: the services and their dependencies as a Mermaid flowchart, the same edges section 3 declares. */
final class DependencyGraph implements DraftPart {

    @Override
    public String markdown(DraftFacts facts) {
        if (facts.services().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("```mermaid\nflowchart LR\n");
        for (DraftService service : facts.services()) {
            out.append("    ").append(node(service.name())).append('[').append(service.name()).append("]\n");
        }
        for (DraftService service : facts.services()) {
            for (String used : facts.dependenciesOf(service.name())) {
                out.append("    ").append(node(service.name())).append(" --> ").append(node(used)).append('\n');
            }
        }
        return out.append("```\n\n").toString();
    }

    private static String node(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return "s_" + id;
    }
}
