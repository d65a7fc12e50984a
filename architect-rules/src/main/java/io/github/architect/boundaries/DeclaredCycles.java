package io.github.architect.boundaries;

import io.github.architect.mapping.ServiceMapper;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cycles among the declared dependencies (A -> B -> A, any length). One cycle is reported per group
 * of services that all reach each other, the shortest one through the first declared service.
 */
final class DeclaredCycles {

    /** A cycle as the list of declared dependencies that form it, in order. */
    record Cycle(List<Dependency> dependencies, List<Service> services) {
    }

    private DeclaredCycles() {
    }

    static List<Cycle> find(ArchitectureModel model) {
        Map<Service, List<Dependency>> edges = new LinkedHashMap<>();
        Map<Dependency, Service> targets = new HashMap<>();
        for (Dependency dependency : model.dependencies()) {
            Optional<Service> from = ServiceMapper.find(model, dependency.from());
            Optional<Service> to = ServiceMapper.find(model, dependency.to());
            if (from.isPresent() && to.isPresent() && !from.get().equals(to.get())) {
                edges.computeIfAbsent(from.get(), s -> new ArrayList<>()).add(dependency);
                targets.put(dependency, to.get());
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        Set<Service> covered = new LinkedHashSet<>();
        for (Service start : model.services()) {
            if (covered.contains(start)) {
                continue;
            }
            shortestCycleThrough(start, edges, targets).ifPresent(cycle -> {
                cycles.add(cycle);
                covered.addAll(stronglyConnected(start, edges, targets));
            });
        }
        return cycles;
    }

    private static Optional<Cycle> shortestCycleThrough(Service start, Map<Service, List<Dependency>> edges,
                                                        Map<Dependency, Service> targets) {
        Map<Service, Dependency> reachedBy = new HashMap<>();
        Deque<Service> queue = new ArrayDeque<>(List.of(start));
        Set<Service> seen = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            Service current = queue.removeFirst();
            for (Dependency dependency : edges.getOrDefault(current, List.of())) {
                Service next = targets.get(dependency);
                if (next.equals(start)) {
                    List<Dependency> path = new ArrayList<>();
                    path.add(dependency);
                    Service back = current;
                    while (!back.equals(start)) {
                        Dependency via = reachedBy.get(back);
                        path.add(0, via);
                        back = sourceOf(via, edges);
                    }
                    List<Service> services = new ArrayList<>();
                    services.add(start);
                    path.forEach(d -> services.add(targets.get(d)));
                    return Optional.of(new Cycle(path, services));
                }
                if (seen.add(next) && !reachedBy.containsKey(next)) {
                    reachedBy.put(next, dependency);
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }

    private static Service sourceOf(Dependency dependency, Map<Service, List<Dependency>> edges) {
        return edges.entrySet().stream().filter(e -> e.getValue().contains(dependency))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** Services on some cycle with {@code start}: reachable from it and reaching it. */
    private static Set<Service> stronglyConnected(Service start, Map<Service, List<Dependency>> edges,
                                                  Map<Dependency, Service> targets) {
        Set<Service> forward = reachable(start, edges, targets);
        Set<Service> group = new LinkedHashSet<>();
        group.add(start);
        for (Service candidate : forward) {
            if (reachable(candidate, edges, targets).contains(start)) {
                group.add(candidate);
            }
        }
        return group;
    }

    private static Set<Service> reachable(Service from, Map<Service, List<Dependency>> edges,
                                          Map<Dependency, Service> targets) {
        Set<Service> seen = new LinkedHashSet<>();
        Deque<Service> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            for (Dependency dependency : edges.getOrDefault(queue.removeFirst(), List.of())) {
                Service next = targets.get(dependency);
                if (seen.add(next)) {
                    queue.addLast(next);
                }
            }
        }
        return seen;
    }
}
