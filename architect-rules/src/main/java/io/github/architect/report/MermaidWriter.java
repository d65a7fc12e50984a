package io.github.architect.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code services.mmd}: the service graph as a Mermaid flowchart, to paste into architecture.md
 * inside a {@code ```mermaid} block. Used-but-undeclared edges are drawn red and thick, declared but
 * unused ones dotted.
 */
final class MermaidWriter {

    public String render(Report report) {
        ServiceGraph graph = ServiceGraph.of(report);
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String service : graph.services()) {
            String base = service.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
            String id = base.isEmpty() || !Character.isLetter(base.charAt(0)) ? "s_" + base : base;
            while (taken.contains(id)) {
                id = id + "_";
            }
            ids.put(service, id);
            taken.add(id);
        }
        StringBuilder mmd = new StringBuilder("flowchart LR\n");
        ids.forEach((service, id) -> mmd.append("    ").append(id).append("[\"").append(label(service)).append("\"]\n"));
        List<Integer> red = new ArrayList<>();
        int index = 0;
        for (ServiceGraph.Edge edge : graph.edges()) {
            String arrow = switch (edge.kind()) {
                case DECLARED_AND_USED, DECLARED -> " --> ";
                case DECLARED_UNUSED -> " -. unused .-> ";
                case UNDECLARED -> " == undeclared ==> ";
            };
            mmd.append("    ").append(ids.get(edge.from())).append(arrow).append(ids.get(edge.to())).append('\n');
            if (edge.kind() == EdgeKind.UNDECLARED) {
                red.add(index);
            }
            index++;
        }
        if (!red.isEmpty()) {
            mmd.append("    linkStyle ").append(String.join(",", red.stream().map(String::valueOf).toList()))
                    .append(" stroke:#cf222e,stroke-width:3px,color:#cf222e\n");
        }
        return mmd.toString();
    }

    /** Mermaid labels in quotes cannot hold '"'; its entity codes are the documented escape. */
    private static String label(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
