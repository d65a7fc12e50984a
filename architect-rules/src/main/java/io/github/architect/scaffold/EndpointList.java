package io.github.architect.scaffold;

import io.github.architect.scaffold.DraftFacts.DraftEndpoint;

import java.util.List;

/**
 * Section 4: per service, a table of the endpoints its code serves (method and path in their own
 * cells, which the document reader reads best), with the Java method serving each one.
 */
final class EndpointList implements DraftPart {

    @Override
    public String markdown(DraftFacts facts) {
        StringBuilder out = new StringBuilder();
        table(out, facts.endpoints().getOrDefault("", List.of()));
        for (DraftService service : facts.services()) {
            List<DraftEndpoint> endpoints = facts.endpoints().getOrDefault(service.name(), List.of());
            if (endpoints.isEmpty()) {
                continue;
            }
            out.append("### ").append(service.name()).append("\n\n")
                    .append("PLACEHOLDER: for each endpoint, its request, its success response and its errors.\n\n");
            table(out, endpoints);
        }
        if (out.isEmpty()) {
            out.append("PLACEHOLDER: the code serves no HTTP endpoint that architect found.\n\n");
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<DraftEndpoint> endpoints) {
        if (endpoints.isEmpty()) {
            return;
        }
        out.append("| Method | Path | Served by |\n|---|---|---|\n");
        for (DraftEndpoint endpoint : endpoints) {
            out.append("| ").append(endpoint.method()).append(" | `").append(endpoint.path()).append("` | ")
                    .append(endpoint.handler()).append(" |\n");
        }
        out.append('\n');
    }
}
