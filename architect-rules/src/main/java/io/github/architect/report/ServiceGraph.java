package io.github.architect.report;

import io.github.architect.check.ServiceEdge;
import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Service;
import io.github.architect.model.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The services and the edges between them that the HTML diagram and {@code services.mmd} draw.
 *
 * @param services the declared services' names, in document order, then services only the code names
 * @param edges    sorted by from, to
 * @param events   the event flows the document declares between services (producer to consumer),
 *                 sorted by from, to; drawn apart from the dependency edges
 */
public record ServiceGraph(List<String> services, List<Edge> edges, List<EventFlow> events) {

    /** The rule ids whose findings prove a used-but-undeclared edge. */
    public static final Set<String> UNDECLARED_DEPENDENCY_RULES = Set.of("undeclared-dependency",
            "undeclared-dependency-summary", "undeclared-module-dependency");

    public record Edge(String from, String to, EdgeKind kind) {
    }

    /** Events from a producing service to a consuming one, with the topics they flow through. */
    public record EventFlow(String from, String to, List<String> topics) {
        public EventFlow {
            topics = List.copyOf(topics);
        }
    }

    public ServiceGraph {
        services = List.copyOf(services);
        edges = List.copyOf(edges);
        events = List.copyOf(events);
    }

    /** A graph without event flows. */
    public ServiceGraph(List<String> services, List<Edge> edges) {
        this(services, edges, List.of());
    }

    public static ServiceGraph of(Report report) {
        ArchitectureModel model = report.model();
        Set<String> names = new LinkedHashSet<>();
        if (model != null) {
            model.services().forEach(s -> names.add(s.name()));
        }
        Set<ServiceEdge> declared = new LinkedHashSet<>();
        if (model != null) {
            for (Dependency d : model.dependencies()) {
                declared.add(new ServiceEdge(canonical(model, d.from()), canonical(model, d.to())));
            }
        }
        Set<ServiceEdge> used = new LinkedHashSet<>();
        if (report.usedEdges() != null) {
            report.usedEdges().forEach(e -> used.add(new ServiceEdge(canonical(model, e.from()), canonical(model, e.to()))));
        }
        used.addAll(edgesFromViolations(model, report.violations()));

        TreeMap<ServiceEdge, EdgeKind> kinds = new TreeMap<>();
        for (ServiceEdge edge : declared) {
            EdgeKind kind = used.contains(edge) ? EdgeKind.DECLARED_AND_USED
                    : report.usedEdges() == null ? EdgeKind.DECLARED : EdgeKind.DECLARED_UNUSED;
            kinds.put(edge, kind);
        }
        for (ServiceEdge edge : used) {
            if (!edge.from().equals(edge.to())) {
                kinds.putIfAbsent(edge, EdgeKind.UNDECLARED);
            }
        }
        List<Edge> edges = new ArrayList<>();
        kinds.forEach((edge, kind) -> {
            names.add(edge.from());
            names.add(edge.to());
            edges.add(new Edge(edge.from(), edge.to(), kind));
        });
        return new ServiceGraph(List.copyOf(names), edges, eventFlows(model));
    }

    /**
     * Producer-to-consumer flows of the declared topics between declared services; parties outside
     * the system (a partner, a data lake) are not drawn.
     */
    private static List<EventFlow> eventFlows(ArchitectureModel model) {
        if (model == null) {
            return List.of();
        }
        TreeMap<ServiceEdge, Set<String>> topics = new TreeMap<>();
        for (Topic topic : model.topics()) {
            for (String producer : topic.producers()) {
                Optional<Service> from = model.service(producer);
                for (String consumer : topic.consumers()) {
                    Optional<Service> to = model.service(consumer);
                    if (from.isPresent() && to.isPresent() && !from.get().name().equals(to.get().name())) {
                        topics.computeIfAbsent(new ServiceEdge(from.get().name(), to.get().name()),
                                k -> new LinkedHashSet<>()).add(topic.name());
                    }
                }
            }
        }
        List<EventFlow> flows = new ArrayList<>();
        topics.forEach((edge, names) -> flows.add(new EventFlow(edge.from(), edge.to(), List.copyOf(names))));
        return flows;
    }

    /**
     * Used edges proven by undeclared-dependency findings: from the finding's service to the other
     * declared service its subjects or message name. Findings naming no other service are skipped.
     */
    public static List<ServiceEdge> edgesFromViolations(ArchitectureModel model, List<Violation> violations) {
        if (model == null) {
            return List.of();
        }
        List<ServiceEdge> edges = new ArrayList<>();
        List<Service> longestNameFirst = null;
        for (Violation v : violations) {
            if (!UNDECLARED_DEPENDENCY_RULES.contains(v.ruleId()) || v.service() == null) {
                continue;
            }
            if (longestNameFirst == null) {
                longestNameFirst = model.services().stream()
                        .sorted(Comparator.comparingInt((Service s) -> s.name().length()).reversed())
                        .toList();
            }
            String from = canonical(model, v.service());
            target(model, longestNameFirst, from, v).ifPresent(to -> edges.add(new ServiceEdge(from, to)));
        }
        return edges;
    }

    private static Optional<String> target(ArchitectureModel model, List<Service> longestNameFirst, String from,
                                           Violation v) {
        for (String subject : v.subjects()) {
            Optional<Service> named = model.service(subject).filter(s -> !s.name().equals(from));
            if (named.isPresent()) {
                return Optional.of(named.get().name());
            }
        }
        String message = v.message().toLowerCase(Locale.ROOT);
        return longestNameFirst.stream()
                .filter(s -> !s.name().equals(from))
                .filter(s -> message.contains(s.name().toLowerCase(Locale.ROOT)))
                .map(Service::name)
                .findFirst();
    }

    private static String canonical(ArchitectureModel model, String name) {
        return model == null ? name : model.service(name).map(Service::name).orElse(name);
    }

    public List<Edge> edges(EdgeKind kind) {
        return edges.stream().filter(e -> e.kind() == kind).toList();
    }
}
